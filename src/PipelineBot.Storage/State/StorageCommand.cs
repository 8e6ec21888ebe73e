using LiteDB;
using PipelineBot.Sales;

namespace PipelineBot.Storage.State;

/// <summary>
/// One queued write, bot state or domain, applied by the <see cref="LiteDbWriter"/> thread inside a group-commit
/// transaction together with everything else that was pending.
/// </summary>
internal abstract class StorageCommand(CancellationToken cancellationToken)
{
    /// <summary>
    /// Applies the command inside the open batch transaction, on the writer thread: synchronous work only. A rejection
    /// (<see cref="IsRejection"/>) fails this command alone, so it must be thrown before anything is written; any other
    /// exception makes the writer roll the batch back and retry it without this command, so nothing of it remains.
    /// A retried batch applies the command again, so it must not keep state from a previous attempt.
    /// </summary>
    public abstract void Apply(LiteDatabase database, DateTime utcNow);

    /// <summary>The bot-state keys this command changed and their committed values (null: deleted), valid after <see cref="Apply"/>.</summary>
    public virtual IEnumerable<KeyValuePair<string, Runtime.State.StoreItem?>> Committed => [];

    /// <summary>When the command must be checkpointed; bot state follows the configured interval.</summary>
    public virtual Durability Durability => Durability.Batch;

    /// <summary>
    /// True for the refusals that reject a command without disturbing its batch: optimistic-concurrency failures, and
    /// a meeting wanting time another already holds.
    /// </summary>
    public static bool IsRejection(Exception exception) =>
        exception is Runtime.State.StorageConcurrencyException or ConcurrencyConflictException or Sales.Meetings.SlotTakenException;

    /// <summary>Reports success; called only once the batch is committed (and durable when checkpointing every batch).</summary>
    public abstract void Complete();

    /// <summary>Reports failure.</summary>
    public abstract void Fail(Exception exception);

    /// <summary>Cancels the command if its caller asked to before the writer picked it up; once applied, its outcome is always reported.</summary>
    public bool CancelIfRequested()
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        Cancel(cancellationToken);
        return true;
    }

    /// <summary>Reports cancellation.</summary>
    protected abstract void Cancel(CancellationToken cancellationToken);
}
