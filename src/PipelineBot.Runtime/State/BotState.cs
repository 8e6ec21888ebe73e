using System.Text.Json.Nodes;
using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.State;

/// <summary>
/// A state document scoped by the turn (a conversation, a user...), loaded once per turn and saved by
/// <see cref="AutoSaveStateMiddleware"/>. Writes carry the eTag that was read, so a concurrent change made
/// elsewhere surfaces as <see cref="StorageConcurrencyException"/> instead of being overwritten.
/// </summary>
public abstract class BotState
{
    private readonly string _turnStateKey;

    /// <summary>Creates a state over <paramref name="storage"/>; <paramref name="contextServiceKey"/> names its per-turn cache.</summary>
    protected BotState(IStorage storage, string contextServiceKey)
    {
        Storage = storage;
        _turnStateKey = contextServiceKey;
    }

    /// <summary>Where the state is persisted.</summary>
    public IStorage Storage { get; }

    /// <summary>Creates an accessor for a named property of this state.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name) => new BotStatePropertyAccessor<T>(this, name);

    /// <summary>Loads the state for this turn, unless already loaded (or <paramref name="force"/> asks to reload).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (!force && turnContext.TurnState.Get<CachedBotState>(_turnStateKey) is not null)
        {
            return;
        }
        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken);
        var cached = items.TryGetValue(key, out var item)
            ? new CachedBotState(key, JsonNode.Parse(item.Json)?.AsObject() ?? [], item.Json, item.ETag)
            : new CachedBotState(key, [], null, null);
        turnContext.TurnState.Set(_turnStateKey, cached);
    }

    /// <summary>Writes the state if it changed this turn (or always, with <paramref name="force"/>).</summary>
    public Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        new BotStateSet(this).SaveAllChangesAsync(turnContext, force, cancellationToken);

    /// <summary>Empties the state for this turn, loaded or not; the empty document is written at the next save.</summary>
    public void ClearState(ITurnContext turnContext)
    {
        if (GetCached(turnContext) is { } cached)
        {
            cached.Clear();
            return;
        }
        // Not loaded this turn: an empty document that replaces whatever is stored, as a clear after a load would.
        turnContext.TurnState.Set(_turnStateKey, new CachedBotState(GetStorageKey(turnContext), [], string.Empty, StoreItem.AnyETag));
    }

    /// <summary>Removes the state from storage and from this turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        turnContext.TurnState.Remove(_turnStateKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    /// <summary>The storage key of this state for the turn's conversation or user.</summary>
    protected internal abstract string GetStorageKey(ITurnContext turnContext);

    internal CachedBotState? GetCached(ITurnContext turnContext) => turnContext.TurnState.Get<CachedBotState>(_turnStateKey);

    internal async Task<CachedBotState> GetLoadedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        return GetCached(turnContext)!;
    }

    /// <summary>Throws when the activity lacks an id a state key needs, naming the field.</summary>
    protected static string Require(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {field}, which this state is keyed by.") : value;
}
