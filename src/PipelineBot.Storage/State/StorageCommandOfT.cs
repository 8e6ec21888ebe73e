namespace PipelineBot.Storage.State;

/// <summary>A <see cref="StorageCommand"/> whose caller awaits a <typeparamref name="TResult"/>.</summary>
internal abstract class StorageCommand<TResult>(CancellationToken cancellationToken) : StorageCommand(cancellationToken)
{
    // Continuations must not run inline on the writer thread: they would delay the next batch, and one that waited
    // synchronously on another write would deadlock it.
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the writer reports the outcome.</summary>
    public Task<TResult> Task => _completion.Task;

    /// <summary>The result of the last successful <see cref="StorageCommand.Apply"/>.</summary>
    protected abstract TResult Result { get; }

    /// <inheritdoc />
    public override void Complete() => _completion.TrySetResult(Result);

    /// <inheritdoc />
    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    /// <inheritdoc />
    protected override void Cancel(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}
