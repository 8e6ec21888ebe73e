using LiteDB;

namespace PipelineBot.Storage.State;

/// <summary>
/// A queued unit of arbitrary work on the database, for the domain stores: the delegate runs on the writer thread
/// inside the batch transaction, so everything it writes commits (and is acknowledged) together or not at all.
/// </summary>
internal sealed class DelegateCommand<TResult>(Func<LiteDatabase, DateTime, TResult> apply, Durability durability, CancellationToken cancellationToken)
    : StorageCommand<TResult>(cancellationToken)
{
    private TResult _result = default!;

    /// <inheritdoc />
    public override Durability Durability => durability;

    /// <inheritdoc />
    protected override TResult Result => _result;

    /// <inheritdoc />
    public override void Apply(LiteDatabase database, DateTime utcNow) => _result = apply(database, utcNow);
}
