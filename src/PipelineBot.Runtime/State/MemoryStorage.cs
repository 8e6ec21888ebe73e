namespace PipelineBot.Runtime.State;

/// <summary>In-process <see cref="IStorage"/> for tests and throwaway bots: same eTag rules, nothing survives a restart.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                if (!ETagPrecondition.IsSatisfied(item.ETag, _items.GetValueOrDefault(key)?.ETag))
                {
                    throw new StorageConcurrencyException(key);
                }
            }
            foreach (var (key, item) in changes)
            {
                var etag = ETagPrecondition.NewETag();
                _items[key] = item with { ETag = etag };
                etags[key] = etag;
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }
        return Task.CompletedTask;
    }
}
