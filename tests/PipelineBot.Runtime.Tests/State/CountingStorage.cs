using PipelineBot.Runtime.State;

namespace PipelineBot.Runtime.Tests.State;

/// <summary>A MemoryStorage that records every write, to prove what was written and in how many calls.</summary>
internal sealed class CountingStorage : IStorage
{
    public MemoryStorage Inner { get; } = new();

    /// <summary>Each WriteAsync call's changes, in order.</summary>
    public List<IReadOnlyDictionary<string, StoreItem>> Writes { get; } = [];

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Writes.Add(changes.ToDictionary());
        return Inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Inner.DeleteAsync(keys, cancellationToken);

    /// <summary>The stored JSON of <paramref name="key"/>, or null.</summary>
    public async Task<string?> JsonOfAsync(string key) =>
        (await Inner.ReadAsync([key])).TryGetValue(key, out var item) ? item.Json : null;
}
