using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Builder;

public class BotAdapterTests
{
    private readonly BuilderHarness _harness = new();

    [Fact]
    public async Task OnTurnError_TurnThrows_ReceivesTheExceptionAndCanApologise()
    {
        Exception? caught = null;
        _harness.Adapter.OnTurnError = async (context, exception) =>
        {
            caught = exception;
            await context.SendActivityAsync("Sorry, something went wrong.");
        };

        await _harness.SendAsync("hi", (_, _) => throw new InvalidOperationException("CRM is down"));

        Assert.Equal("CRM is down", Assert.IsType<InvalidOperationException>(caught).Message);
        Assert.Equal("Sorry, something went wrong.", Assert.Single(_harness.Replies()).Text);
    }

    [Fact]
    public async Task OnTurnError_MiddlewareThrows_ReceivesTheException()
    {
        Exception? caught = null;
        _harness.Adapter.OnTurnError = (_, exception) => { caught = exception; return Task.CompletedTask; };
        _harness.Adapter.Use(new ThrowingMiddleware());

        await _harness.SendAsync("hi");

        Assert.IsType<TimeoutException>(caught);
        Assert.Empty(_harness.Log);
    }

    [Fact]
    public async Task RunPipeline_NoErrorHandler_ExceptionPropagates()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.SendAsync("hi", (_, _) => throw new InvalidOperationException()));
    }

    [Fact]
    public async Task ContinueConversationAsync_Reference_RunsContinueConversationEventThroughMiddleware()
    {
        var reference = EarlierConversation();
        Activity? seenByMiddleware = null;
        _harness.Adapter.Use(new CapturingMiddleware(activity => seenByMiddleware = activity));

        await _harness.Adapter.ContinueConversationAsync(reference, (_, _) => Task.CompletedTask);

        Assert.NotNull(seenByMiddleware);
        Assert.Equal(ActivityTypes.Event, seenByMiddleware.Type);
        Assert.Equal("ContinueConversation", seenByMiddleware.Name);
        Assert.Equal("29:anna", seenByMiddleware.From!.Id);
        Assert.Equal("28:bot", seenByMiddleware.Recipient!.Id);
        Assert.Equal("a:proactive-conv", seenByMiddleware.Conversation!.Id);
        Assert.Equal(Channels.Msteams, seenByMiddleware.ChannelId);
        Assert.Same(reference, seenByMiddleware.RelatesTo);
        Assert.False(string.IsNullOrEmpty(seenByMiddleware.Id));
        Assert.NotEqual(reference.ActivityId, seenByMiddleware.Id);
    }

    [Fact]
    public async Task ContinueConversationAsync_BotSends_ReplyGoesToTheReferencedConversation()
    {
        var reference = EarlierConversation();

        await _harness.Adapter.ContinueConversationAsync(reference, (context, ct) => context.SendActivityAsync("Your deal 'Acme' closed", cancellationToken: ct));

        var reply = Assert.Single(_harness.Replies());
        Assert.Equal("Your deal 'Acme' closed", reply.Text);
        Assert.Equal("a:proactive-conv", reply.Conversation!.Id);
        Assert.Equal("29:anna", reply.Recipient!.Id);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
    }

    private static ConversationReference EarlierConversation() => new()
    {
        ActivityId = "earlier-activity",
        User = new ChannelAccount("29:anna", "Anna"),
        Bot = new ChannelAccount("28:bot", "PipelineBot"),
        Conversation = new ConversationAccount("a:proactive-conv"),
        ChannelId = Channels.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        Locale = "en-GB",
    };

    private sealed class ThrowingMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) => throw new TimeoutException();
    }

    private sealed class CapturingMiddleware(Action<Activity> capture) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            capture(turnContext.Activity);
            return next(cancellationToken);
        }
    }
}
