using System.Text.Json;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Hosting.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Append_NumbersActivitiesAndStampsTheStoredCopyOnly()
    {
        var conversation = new DirectLineConversation("c1", "dl_user", "en-US", capacity: 10, Now);
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Hello" };

        var first = conversation.Append(reply, Now);
        var second = conversation.Append(reply, Now.AddSeconds(1));

        Assert.Equal(["c1|0000001", "c1|0000002"], new[] { first, second });
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
        var stored = Read(conversation, after: 1);
        Assert.Equal("c1|0000002", Assert.Single(stored).Id);
        Assert.Equal(Now.AddSeconds(1), stored[0].Timestamp);
        Assert.Equal(2, conversation.Watermark);
    }

    [Fact]
    public void Append_BeyondCapacity_DropsTheOldestAndKeepsCounting()
    {
        var conversation = new DirectLineConversation("c1", "dl_user", null, capacity: 3, Now);

        for (var i = 1; i <= 5; i++)
        {
            conversation.Append(new Activity { Type = ActivityTypes.Message, Text = $"{i}" }, Now);
        }

        Assert.Equal(["3", "4", "5"], Read(conversation, after: 0).Select(a => a.Text));
        Assert.Equal(5, conversation.Watermark);
    }

    [Fact]
    public async Task WaitForChange_CompletesWhenAnActivityArrivesAfterTheWatermark()
    {
        var conversation = new DirectLineConversation("c1", "dl_user", null, capacity: 10, Now);
        var stream = conversation.OpenStream();

        var waiting = conversation.WaitForChangeAsync(watermark: 0, stream, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        conversation.Append(new Activity { Type = ActivityTypes.Message }, Now);

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(conversation.WaitForChangeAsync(watermark: 0, stream, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task WaitForChange_CompletesWhenANewerStreamTakesOver()
    {
        var conversation = new DirectLineConversation("c1", "dl_user", null, capacity: 10, Now);
        var first = conversation.OpenStream();
        var waiting = conversation.WaitForChangeAsync(watermark: 0, first, CancellationToken.None);

        var second = conversation.OpenStream();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(conversation.IsStreaming(first));
        Assert.True(conversation.IsStreaming(second));
    }

    [Fact]
    public async Task End_StopsTheStream()
    {
        var conversation = new DirectLineConversation("c1", "dl_user", null, capacity: 10, Now);
        var stream = conversation.OpenStream();
        var waiting = conversation.WaitForChangeAsync(watermark: 0, stream, CancellationToken.None);

        conversation.End();

        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(conversation.IsStreaming(stream));
        Assert.True(conversation.HasEnded);
    }

    private static List<Activity> Read(DirectLineConversation conversation, long after) =>
        [.. conversation.ReadAfter(after).Activities.Select(json => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!)];
}
