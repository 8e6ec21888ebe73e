using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing;

namespace PipelineBot.Runtime.Tests.Builder;

public class ConversationLockMiddlewareTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);
    private readonly TestAdapter _adapter = new TestAdapter().Use(new ConversationLockMiddleware());
    private readonly List<string> _log = [];
    private readonly TaskCompletionSource _releaseFirst = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task OnTurnAsync_TwoTurnsOfOneConversation_SecondStartsOnlyAfterFirstCompletes()
    {
        var first = _adapter.ProcessActivityAsync(Message("convo1", "first"), BotAsync);
        await _firstEntered.Task.WaitAsync(Generous);

        var second = _adapter.ProcessActivityAsync(Message("convo1", "second"), BotAsync);
        var secondStartedWhileFirstRan = _log.Contains("second start");
        _releaseFirst.SetResult();
        await Task.WhenAll(first, second).WaitAsync(Generous);

        Assert.False(secondStartedWhileFirstRan);
        Assert.Equal(["first start", "first end", "second start", "second end"], _log);
    }

    [Fact]
    public async Task OnTurnAsync_TurnsOfDifferentConversations_RunConcurrently()
    {
        var first = _adapter.ProcessActivityAsync(Message("convo1", "first"), BotAsync);
        await _firstEntered.Task.WaitAsync(Generous);

        await _adapter.ProcessActivityAsync(Message("convo2", "second"), BotAsync).WaitAsync(Generous);
        var firstStillRunning = !first.IsCompleted;
        _releaseFirst.SetResult();
        await first.WaitAsync(Generous);

        Assert.True(firstStillRunning);
        Assert.Equal(["first start", "second start", "second end", "first end"], _log);
    }

    [Fact]
    public async Task OnTurnAsync_FirstTurnThrows_NextTurnStillRuns()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _adapter.ProcessActivityAsync(Message("convo1", "boom"), (_, _) => throw new InvalidOperationException()));

        await _adapter.ProcessActivityAsync(Message("convo1", "second"), BotAsync).WaitAsync(Generous);

        Assert.Equal(["second start", "second end"], _log);
    }

    [Fact]
    public async Task OnTurnAsync_WaitingTurnCancelled_GivesUpAndLaterTurnsStillRun()
    {
        var first = _adapter.ProcessActivityAsync(Message("convo1", "first"), BotAsync);
        await _firstEntered.Task.WaitAsync(Generous);
        using var cancel = new CancellationTokenSource();

        var waiting = _adapter.ProcessActivityAsync(Message("convo1", "waiting"), BotAsync, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(Generous));
        _releaseFirst.SetResult();
        await first.WaitAsync(Generous);
        await _adapter.ProcessActivityAsync(Message("convo1", "third"), BotAsync).WaitAsync(Generous);

        Assert.Equal(["first start", "first end", "third start", "third end"], _log);
    }

    private async Task BotAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var name = turnContext.Activity.Text!;
        lock (_log)
        {
            _log.Add($"{name} start");
        }
        if (name == "first")
        {
            _firstEntered.SetResult();
            await _releaseFirst.Task;
        }
        lock (_log)
        {
            _log.Add($"{name} end");
        }
    }

    private Activity Message(string conversationId, string text)
    {
        var activity = _adapter.MakeActivity(text);
        activity.Conversation = new ConversationAccount(conversationId);
        return activity;
    }
}
