using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PipelineBot.Runtime.State;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage;

/// <summary>
/// The process's one writer to the shared database: a dedicated thread that group-commits every pending write, bot
/// state and domain alike, in one LiteDB transaction, checkpoints it (see <see cref="LiteDbStorageOptions.CheckpointInterval"/>)
/// and only then acknowledges it. Register it as a singleton next to <see cref="LiteDbContext"/>; disposing it commits
/// what is queued, checkpoints and stops the thread. Reads do not need it; they go through <see cref="LiteDbContext.Read{T}"/>, taking turns with the writer for the engine.
/// </summary>
public sealed class LiteDbWriter : IDisposable, IAsyncDisposable
{
    private readonly GroupCommitWriter _writer;
    private readonly ILogger _logger;

    /// <summary>Starts the writer thread over the shared database.</summary>
    public LiteDbWriter(LiteDbContext context, IOptions<LiteDbStorageOptions> options, TimeProvider timeProvider, ILogger<LiteDbWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        // The bot-state cache lives with the writer because the writer is what keeps it true: it publishes each
        // committed batch before acknowledging it and clears it when a batch fails.
        StateCache = new CommittedCache<StoreItem>(options.Value.CachedStates);
        _writer = new GroupCommitWriter(context, StateCache, options.Value.CheckpointInterval, timeProvider, logger);
    }

    /// <summary>Committed bot-state values of recently used keys, kept current by the writer thread.</summary>
    internal CommittedCache<StoreItem> StateCache { get; }

    /// <summary>Transactions committed so far; each holds every command that was pending when it started.</summary>
    internal long CommitCount => _writer.CommitCount;

    /// <summary>Checkpoints done so far.</summary>
    internal long CheckpointCount => _writer.CheckpointCount;

    /// <summary>
    /// Runs <paramref name="apply"/> on the writer thread inside the next batch transaction and completes with its
    /// result once that batch is committed, and checkpointed as <paramref name="durability"/> says.
    /// The delegate must be synchronous and throw <see cref="Sales.ConcurrencyConflictException"/> or
    /// <see cref="Sales.Meetings.SlotTakenException"/> only before it writes, since those fail the call but leave the
    /// batch alone; any other exception undoes everything it wrote and fails only this call.
    /// </summary>
    internal Task<TResult> ExecuteAsync<TResult>(Func<LiteDatabase, DateTime, TResult> apply, Durability durability, CancellationToken cancellationToken) =>
        EnqueueAsync(new DelegateCommand<TResult>(apply, durability, cancellationToken));

    /// <summary>
    /// Creates a store's collections and indexes through the writer, like every write (an index build is a write
    /// transaction too), and waits: stores call it from their constructor, which <see cref="LiteDbStartup"/> runs
    /// before any request. Idempotent, once per start.
    /// </summary>
    internal void EnsureIndexes(Action<LiteDatabase> ensure) =>
        ExecuteAsync((database, _) => { ensure(database); return true; }, Durability.Batch, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Queues a command; fails with <see cref="ObjectDisposedException"/> once the writer is stopping.</summary>
    internal Task<TResult> EnqueueAsync<TResult>(StorageCommand<TResult> command)
    {
        if (command.CancelIfRequested())
        {
            return command.Task;
        }
        return _writer.TryEnqueue(command) ? command.Task : Task.FromException<TResult>(new ObjectDisposedException(nameof(LiteDbWriter)));
    }

    /// <summary>
    /// Completes once everything queued before it is committed and checkpointed; never throws (failures are logged),
    /// so it can be used on shutdown paths. Completes at once when the writer has already stopped, since stopping
    /// commits and checkpoints what was queued.
    /// </summary>
    internal async Task FlushAsync()
    {
        try
        {
            await ExecuteAsync(static (_, _) => true, Durability.Checkpointed, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            await _writer.Stopped.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Flushing the LiteDB writer failed.");
        }
    }

    /// <summary>Commits the commands already queued, checkpoints and stops the writer thread; later commands are refused.</summary>
    public void Dispose()
    {
        _writer.Stop();
        _writer.Join();
    }

    /// <inheritdoc cref="Dispose" />
    public async ValueTask DisposeAsync()
    {
        _writer.Stop();
        await _writer.Stopped.ConfigureAwait(false);
    }
}
