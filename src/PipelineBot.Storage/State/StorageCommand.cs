using LiteDB;

namespace PipelineBot.Storage.State;

/// <summary>One queued <see cref="LiteDbStorage"/> call, applied by the writer thread inside a group-commit transaction.</summary>
internal abstract class StorageCommand(CancellationToken cancellationToken)
{
    /// <summary>
    /// Applies the command inside the open batch transaction. A <see cref="Runtime.State.StorageConcurrencyException"/>
    /// rejects this command alone, so it must be thrown before anything is written; any other exception makes the
    /// writer roll the batch back and retry it without this command.
    /// </summary>
    public abstract void Apply(ILiteCollection<BsonDocument> collection, DateTime utcNow);

    /// <summary>The keys this command changed and their committed values (null: deleted), valid after <see cref="Apply"/>.</summary>
    public abstract IEnumerable<KeyValuePair<string, Runtime.State.StoreItem?>> Committed { get; }

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
