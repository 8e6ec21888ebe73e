using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>
/// Several states saved together: the changes of all states that share a storage go out in one atomic write,
/// so a turn's conversation and user state are committed together or not at all.
/// </summary>
public sealed class BotStateSet
{
    /// <summary>Groups the given states.</summary>
    public BotStateSet(params BotState[] botStates) => BotStates = [.. botStates];

    /// <summary>The grouped states.</summary>
    public IReadOnlyList<BotState> BotStates { get; }

    /// <summary>Loads every state for the turn.</summary>
    public Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        Task.WhenAll(BotStates.Select(s => s.LoadAsync(turnContext, force, cancellationToken)));

    /// <summary>Writes every state that changed this turn, one atomic write per storage.</summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        var pending = BotStates
            .Select(s => (State: s, Cached: s.GetCached(turnContext)))
            .Where(p => p.Cached is not null)
            .Select(p => (p.State.Storage, Cached: p.Cached!, Change: p.Cached!.GetChange(force)))
            .Where(p => p.Change is not null)
            .ToList();
        foreach (var batch in pending.GroupBy(p => p.Storage))
        {
            var changes = batch.ToDictionary(p => p.Cached.Key, p => p.Change!, StringComparer.Ordinal);
            var etags = await batch.Key.WriteAsync(changes, cancellationToken);
            foreach (var (_, cached, change) in batch)
            {
                cached.MarkSaved(change!, etags[cached.Key]);
            }
        }
    }
}
