using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.Tests.Hosting;

namespace PipelineBot.Runtime.Tests.Hosting.DirectLine;

public sealed class DirectLineConnectorClientTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly CloudAdapterHarness.RecordingConnector _channels = new();
    private readonly DirectLineConversations _conversations;
    private readonly DirectLineConnectorClient _connector;

    public DirectLineConnectorClientTests()
    {
        _conversations = new DirectLineConversations(Options.Create(new DirectLineOptions()), _clock);
        _connector = new DirectLineConnectorClient(_channels, _conversations, _clock);
    }

    [Fact]
    public async Task Send_IntoADirectLineConversation_AddsItThereAndNeverCallsAChannel()
    {
        var (conversation, _) = _conversations.Open("c1", "dl_user", null);

        var sent = await _connector.SendActivityAsync(Reply("c1", DirectLineConversations.ServiceUrl));

        Assert.Equal("c1|0000001", sent.Id);
        Assert.Single(conversation.ReadAfter(0).Activities);
        Assert.Empty(_channels.Sent);
    }

    [Fact]
    public async Task Send_ToAnyOtherServiceUrl_GoesToThatChannel()
    {
        _conversations.Open("c1", "dl_user", null);

        await _connector.SendActivityAsync(Reply("c1", "https://smba.trafficmanager.net/emea/"));

        Assert.Single(_channels.Sent);
    }

    [Fact]
    public async Task Send_IntoAForgottenConversation_FailsAsAChannelWouldWith404()
    {
        var refused = await Assert.ThrowsAsync<ConnectorException>(() => _connector.SendActivityAsync(Reply("gone", DirectLineConversations.ServiceUrl)));

        Assert.Equal(404, refused.StatusCode);
    }

    [Fact]
    public async Task UpdateAndDelete_InADirectLineConversation_AreRefused()
    {
        _conversations.Open("c1", "dl_user", null);

        var update = await Assert.ThrowsAsync<ConnectorException>(() => _connector.UpdateActivityAsync(Reply("c1", DirectLineConversations.ServiceUrl)));
        var delete = await Assert.ThrowsAsync<ConnectorException>(() => _connector.DeleteActivityAsync(
            new ConversationReference { ServiceUrl = DirectLineConversations.ServiceUrl, Conversation = new ConversationAccount("c1"), ActivityId = "c1|0000001" }));

        Assert.Equal(405, update.StatusCode);
        Assert.Equal(405, delete.StatusCode);
    }

    private static Activity Reply(string conversationId, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Hello",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(conversationId),
    };
}
