using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Testing;

// The reply queue: where the bot's sends land and how tests take them, including replies sent after the turn.
public partial class TestAdapter
{
    private readonly Lock _queueGate = new();
    private TaskCompletionSource _replyArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bot's replies not yet taken by the test, oldest first.</summary>
    public Queue<Activity> ActiveQueue { get; } = new();

    /// <summary>Takes the oldest reply from <see cref="ActiveQueue"/>, or null when there is none.</summary>
    public Activity? GetNextReply()
    {
        lock (_queueGate)
        {
            return ActiveQueue.TryDequeue(out var reply) ? reply : null;
        }
    }

    /// <summary>
    /// Takes the oldest reply, waiting up to <paramref name="timeout"/> (real time) for one sent from background work;
    /// null when none arrives. Turns run to completion before their caller resumes, so their replies never need the wait.
    /// </summary>
    public async Task<Activity?> GetNextReplyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var expiry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, TimeProvider.System, expiry.Token);
        try
        {
            while (true)
            {
                Task arrived;
                lock (_queueGate)
                {
                    if (ActiveQueue.TryDequeue(out var reply))
                    {
                        return reply;
                    }
                    arrived = _replyArrived.Task;
                }
                if (await Task.WhenAny(arrived, deadline) == deadline)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return GetNextReply();
                }
            }
        }
        finally
        {
            await expiry.CancelAsync();
        }
    }

    /// <summary>Replaces the queued reply that has the same id; a reply already taken by the test is not changed.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var replaced = RewriteQueue(queued => queued.Id == activity.Id ? activity : queued);
        return Task.FromResult(new ResourceResponse(replaced ? activity.Id : null));
    }

    /// <summary>Removes the queued reply with the reference's activity id.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        RewriteQueue(queued => queued.Id == reference.ActivityId ? null : queued);
        return Task.CompletedTask;
    }

    private void Enqueue(Activity activity)
    {
        TaskCompletionSource arrived;
        lock (_queueGate)
        {
            ActiveQueue.Enqueue(activity);
            arrived = _replyArrived;
            _replyArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        arrived.SetResult();
    }

    /// <summary>Maps every queued reply through <paramref name="rewrite"/> (null drops it); true when anything changed.</summary>
    private bool RewriteQueue(Func<Activity, Activity?> rewrite)
    {
        lock (_queueGate)
        {
            var before = ActiveQueue.ToList();
            var after = before.Select(rewrite).OfType<Activity>().ToList();
            ActiveQueue.Clear();
            after.ForEach(ActiveQueue.Enqueue);
            return !before.SequenceEqual(after);
        }
    }
}
