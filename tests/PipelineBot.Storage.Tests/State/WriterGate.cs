namespace PipelineBot.Storage.Tests.State;

/// <summary>
/// Holds the engine lock, so the writer waits with at most its first command taken and drains every command queued
/// meanwhile into one batch: batching without timing. Create and dispose it on one thread with no await in between,
/// since the lock belongs to its thread.
/// </summary>
internal static class WriterGate
{
    /// <summary>Runs <paramref name="queue"/> while the writer is stalled and returns what it queued.</summary>
    public static T WhileStalled<T>(LiteDbContext context, Func<T> queue)
    {
        lock (context.Engine)
        {
            return queue();
        }
    }
}
