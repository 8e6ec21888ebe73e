using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Testing.Stories;
using PipelineBot.Testing.Tests.TestBot;

namespace PipelineBot.Testing.Tests.Stories;

public class TestAdapterStoryChannelTests
{
    [Fact]
    public async Task SendAsync_ConversationUpdate_ReturnsTheTurnsRepliesAndEmptiesTheQueue()
    {
        var harness = new BotHarness();
        var storage = new MemoryStorage();
        var channel = new TestAdapterStoryChannel(harness.Adapter, harness.Bot, storage);

        var replies = await channel.SendAsync(harness.Adapter.CreateConversationUpdate(), CancellationToken.None);

        var reply = Assert.Single(replies);
        Assert.Equal((ActivityTypes.Message, "Hi! What's your name?"), (reply.Type, reply.Text));
        Assert.Empty(harness.Adapter.ActiveQueue);
        Assert.Same(storage, channel.Storage);
    }
}
