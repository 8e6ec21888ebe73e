using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>
/// Channels deliver at least once (Direct Line and Teams retry after about 15 s, Slack after 3 s). The ids of
/// recently processed activities are kept in conversation state and saved with the turn's other changes, so an
/// activity counts as processed exactly when its effects were committed; a repeat is acknowledged and skipped.
/// Add it after <see cref="AutoSaveStateMiddleware"/> so the recorded id is saved by it.
/// </summary>
public sealed class DuplicateActivityMiddleware(ConversationState conversationState, int remembered = 64) : IMiddleware
{
    private readonly IStatePropertyAccessor<List<string>> _processed = conversationState.CreateProperty<List<string>>("ProcessedActivityIds");

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var id = turnContext.Activity.Id;
        if (string.IsNullOrEmpty(id))
        {
            await next(cancellationToken);
            return;
        }
        var seen = await _processed.GetAsync(turnContext, cancellationToken: cancellationToken);
        if (seen?.Contains(id) == true)
        {
            return;
        }
        await next(cancellationToken);
        // Read again: the turn may have cleared conversation state (start over, end of conversation).
        var processed = (await _processed.GetAsync(turnContext, () => [], cancellationToken))!;
        processed.Add(id);
        if (processed.Count > remembered)
        {
            processed.RemoveRange(0, processed.Count - remembered);
        }
    }
}
