using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Tests.State;

public class DuplicateActivityMiddlewareTests
{
    private readonly StateHarness _harness = new();
    private int _botRuns;

    [Fact]
    public async Task OnTurnAsync_SameActivityIdTwice_RunsTheBotOnce()
    {
        UseMiddleware();

        await DeliverAsync("msg-1", CountingBot);
        await DeliverAsync("msg-1", CountingBot);

        Assert.Equal(1, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_DifferentIds_RunsTheBotForEach()
    {
        UseMiddleware();

        await DeliverAsync("msg-1", CountingBot);
        await DeliverAsync("msg-2", CountingBot);

        Assert.Equal(2, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_SameIdInAnotherConversation_IsProcessed()
    {
        UseMiddleware();
        await DeliverAsync("msg-1", CountingBot);

        await DeliverAsync("msg-1", CountingBot, conversationId: "convo2");

        Assert.Equal(2, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_TurnClearsConversationState_IdIsStillRecorded()
    {
        UseMiddleware();
        await DeliverAsync("msg-1", (context, _) =>
        {
            _botRuns++;
            _harness.ConversationState.ClearState(context);
            return Task.CompletedTask;
        });

        await DeliverAsync("msg-1", CountingBot);

        Assert.Equal(1, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_FailedTurn_IsNotRecordedSoTheRetryIsProcessed()
    {
        UseMiddleware();
        var failing = DeliverAsync("msg-1", (_, _) => throw new InvalidOperationException("CRM is down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        await DeliverAsync("msg-1", CountingBot);

        Assert.Equal(1, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_ActivityWithoutId_IsAlwaysProcessed()
    {
        // The test adapter stamps ids on id-less activities; take them off again, as a channel without ids would send them.
        _harness.Adapter.Use(new EraseIdMiddleware());
        UseMiddleware();

        await DeliverAsync("ignored", CountingBot);
        await DeliverAsync("ignored", CountingBot);

        Assert.Equal(2, _botRuns);
    }

    [Fact]
    public async Task OnTurnAsync_ManyActivities_RemembersOnlyTheMostRecent()
    {
        UseMiddleware(remembered: 2);
        foreach (var id in new[] { "m1", "m2", "m3" })
        {
            await DeliverAsync(id, CountingBot);
        }

        await DeliverAsync("m3", CountingBot);
        await DeliverAsync("m1", CountingBot);

        Assert.Equal(4, _botRuns);
    }

    private void UseMiddleware(int remembered = 64) =>
        _harness.Adapter.Use(new DuplicateActivityMiddleware(_harness.ConversationState, remembered));

    private Task CountingBot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _botRuns++;
        return Task.CompletedTask;
    }

    private Task DeliverAsync(string id, BotCallbackHandler bot, string conversationId = "convo1")
    {
        var activity = _harness.Adapter.MakeActivity("hi");
        activity.Id = id;
        activity.Conversation = new ConversationAccount(conversationId);
        return _harness.Adapter.ProcessActivityAsync(activity, bot);
    }

    private sealed class EraseIdMiddleware : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            turnContext.Activity.Id = null;
            return next(cancellationToken);
        }
    }
}
