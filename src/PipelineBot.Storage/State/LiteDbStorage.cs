using LiteDB;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>
/// Bot-state <see cref="IStorage"/> over the shared LiteDB database, one document per key in <c>botstate</c>.
/// Writes and deletes go through the shared <see cref="LiteDbWriter"/>, whose one thread group-commits everything
/// pending in a single transaction, so many concurrent turns share one commit; reads are served from the committed
/// values of recently used keys when cached, else straight from the database.
/// </summary>
public sealed class LiteDbStorage : IStorage, IDisposable, IAsyncDisposable
{
    /// <summary>The collection holding the bot-state documents.</summary>
    public const string CollectionName = "botstate";

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<BsonDocument> _collection;
    private readonly LiteDbWriter _writer;
    private readonly CommittedCache<StoreItem> _cache;
    private volatile bool _disposed;

    /// <summary>Binds the storage to the shared database and writer.</summary>
    public LiteDbStorage(LiteDbContext context, LiteDbWriter writer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writer);
        // Lookups are by _id only, which LiteDB always indexes.
        _context = context;
        _collection = context.Database.GetCollection(CollectionName);
        _writer = writer;
        _cache = writer.StateCache;
    }

    /// <summary>Transactions the shared writer committed so far; each holds every write that was pending when it started.</summary>
    internal long CommitCount => _writer.CommitCount;

    /// <summary>Checkpoints the shared writer did so far.</summary>
    internal long CheckpointCount => _writer.CheckpointCount;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        // Lookups by _id go straight to the primary index; a query expression (Query.In) would be parsed and
        // compiled to a delegate on every call, which profiling showed to cost more than the read itself.
        // Each key is its own document with its own eTag, so reading them one by one loses no consistency.
        foreach (var key in keys)
        {
            if (_cache.TryGet(key, out var cached, out var generation))
            {
                found[key] = cached!;
            }
            else if (_context.Read(() => _collection.FindById(key)) is { } document)
            {
                found[key] = StateDocument.ToItem(document);
                _cache.Fill(key, found[key], generation);
            }
        }
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    /// <remarks>Completes once the batch holding this write is committed (and checkpointed, with a zero interval).</remarks>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
        changes.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())
            // Copied now: the caller may reuse its dictionary before the writer thread gets to it.
            : Enqueue(new WriteCommand(_collection, [.. changes], cancellationToken));

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        keys.Count == 0 ? Task.CompletedTask : Enqueue(new DeleteCommand(_collection, [.. keys], cancellationToken));

    /// <summary>
    /// Refuses later writes, then waits until the writes already queued are committed and checkpointed. The shared
    /// writer keeps running for the domain stores; it is stopped when it is disposed itself.
    /// </summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _writer.FlushAsync().GetAwaiter().GetResult();
        }
    }

    /// <inheritdoc cref="Dispose" />
    public async ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            await _writer.FlushAsync().ConfigureAwait(false);
        }
    }

    private Task<TResult> Enqueue<TResult>(StorageCommand<TResult> command) =>
        _disposed ? Task.FromException<TResult>(new ObjectDisposedException(nameof(LiteDbStorage))) : _writer.EnqueueAsync(command);
}
