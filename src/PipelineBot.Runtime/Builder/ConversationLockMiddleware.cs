namespace PipelineBot.Runtime.Builder;

/// <summary>
/// Runs the turns of one conversation one after another. Two activities of the same conversation arriving at
/// once would otherwise both load the same state and the later save would lose the earlier turn's update;
/// serialising them in-process is cheaper than retrying on conflict and keeps replies in order. Across
/// processes the eTag on every state write still catches a concurrent change. Add it before the state middleware.
/// </summary>
public sealed class ConversationLockMiddleware : IMiddleware
{
    private readonly KeyedLock _locks = new();

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        using var _ = await _locks.AcquireAsync($"{activity.ChannelId}/{activity.Conversation?.Id}", cancellationToken);
        await next(cancellationToken);
    }
}
