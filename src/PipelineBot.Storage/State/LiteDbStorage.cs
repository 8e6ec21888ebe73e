using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>
/// Bot-state <see cref="IStorage"/> over the shared LiteDB database, one document per key in <c>botstate</c>.
/// Writes and deletes go through a queue drained by one writer thread that group-commits everything pending in a
/// single transaction, so many concurrent turns share one commit; reads are served from the committed values of
/// recently used keys when cached, else straight from the database.
/// </summary>
public sealed class LiteDbStorage : IStorage, IDisposable, IAsyncDisposable
{
    /// <summary>The collection holding the bot-state documents.</summary>
    public const string CollectionName = "botstate";

    private readonly ILiteCollection<BsonDocument> _collection;
    private readonly GroupCommitWriter _writer;
    private readonly CommittedStateCache _cache;

    /// <summary>Starts the writer thread over the shared database.</summary>
    public LiteDbStorage(LiteDbContext context, IOptions<LiteDbStorageOptions> options, TimeProvider timeProvider, ILogger<LiteDbStorage> logger)
    {
        // Lookups are by _id only, which LiteDB always indexes; any further EnsureIndex belongs here, at start-up,
        // since each call is a write transaction of its own.
        _collection = context.Database.GetCollection(CollectionName);
        _cache = new CommittedStateCache(options.Value.CachedStates);
        _writer = new GroupCommitWriter(context.Database, _collection, _cache, options.Value.CheckpointInterval, timeProvider, logger);
    }

    /// <summary>Transactions committed so far; each holds every write and delete that was pending when it started.</summary>
    internal long CommitCount => _writer.CommitCount;

    /// <summary>Checkpoints done so far.</summary>
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
            else if (_collection.FindById(key) is { } document)
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
            : Enqueue(new WriteCommand([.. changes], cancellationToken));

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        keys.Count == 0 ? Task.CompletedTask : Enqueue(new DeleteCommand([.. keys], cancellationToken));

    /// <summary>Commits the writes already queued, checkpoints and stops the writer thread; later writes are refused.</summary>
    public void Dispose()
    {
        _writer.Stop();
        _writer.Join();
    }

    /// <inheritdoc cref="Dispose" />
    public async ValueTask DisposeAsync()
    {
        _writer.Stop();
        await _writer.Stopped;
    }

    private Task<TResult> Enqueue<TResult>(StorageCommand<TResult> command)
    {
        if (command.CancelIfRequested())
        {
            return command.Task;
        }
        return _writer.TryEnqueue(command) ? command.Task : Task.FromException<TResult>(new ObjectDisposedException(nameof(LiteDbStorage)));
    }
}
