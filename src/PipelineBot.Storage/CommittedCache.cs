namespace PipelineBot.Storage;

/// <summary>
/// The committed values of recently used keys, so a turn's reads skip LiteDB: bot state documents, and leads by
/// visitor. This process is the only writer of its database file (LiteDB's direct mode allows no other), and each
/// written value is published here once its batch is committed: an entry is never older than the last acknowledged write.
/// A read that misses may fill the cache only if no commit was published while it read, so a value read just before
/// a commit can never replace the newer one. Least recently used entries are dropped beyond the capacity.
/// </summary>
internal sealed class CommittedCache<TValue>(int capacity)
    where TValue : class
{
    private readonly Dictionary<string, LinkedListNode<(string Key, TValue Item)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, TValue Item)> _recency = [];
    private readonly Lock _gate = new();
    private long _generation;

    /// <summary>The cached value, or false with the generation a later <see cref="Fill"/> must match.</summary>
    public bool TryGet(string key, out TValue? item, out long generation)
    {
        lock (_gate)
        {
            generation = _generation;
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                item = node.Value.Item;
                return true;
            }
            item = null;
            return false;
        }
    }

    /// <summary>Caches a value read from the database, unless a commit was published since <paramref name="generation"/>.</summary>
    public void Fill(string key, TValue item, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation && !_entries.ContainsKey(key))
            {
                Put(key, item);
            }
        }
    }

    /// <summary>Publishes committed writes (a null item: a delete).</summary>
    public void Publish(IEnumerable<KeyValuePair<string, TValue?>> committed)
    {
        lock (_gate)
        {
            _generation++;
            foreach (var (key, item) in committed)
            {
                Forget(key);
                if (item is not null)
                {
                    Put(key, item);
                }
            }
        }
    }

    /// <summary>Drops everything: after a failed batch the database may hold values that were never published.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _generation++;
            _entries.Clear();
            _recency.Clear();
        }
    }

    private void Put(string key, TValue item)
    {
        if (capacity == 0)
        {
            return;
        }
        _entries[key] = _recency.AddFirst((key, item));
        while (_entries.Count > capacity)
        {
            Forget(_recency.Last!.Value.Key);
        }
    }

    private void Forget(string key)
    {
        if (_entries.Remove(key, out var node))
        {
            _recency.Remove(node);
        }
    }
}
