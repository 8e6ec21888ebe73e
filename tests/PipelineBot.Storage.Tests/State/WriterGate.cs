using LiteDB;
using PipelineBot.Storage.State;

namespace PipelineBot.Storage.Tests.State;

/// <summary>
/// Holds the bot-state collection's write lock in an open transaction, so the writer thread stalls inside its current
/// batch and every command queued meanwhile is drained into the next one: batching without timing.
/// Create and dispose it on one thread with no await in between, since LiteDB transactions belong to their thread.
/// </summary>
internal sealed class WriterGate : IDisposable
{
    private readonly LiteDatabase _database;

    private WriterGate(LiteDatabase database)
    {
        _database = database;
        _database.BeginTrans();
        _database.GetCollection(LiteDbStorage.CollectionName).Upsert(new BsonDocument { ["_id"] = "writer-gate" });
    }

    /// <summary>Runs <paramref name="queue"/> while the writer is stalled and returns what it queued.</summary>
    public static T WhileStalled<T>(LiteDatabase database, Func<T> queue)
    {
        using var gate = new WriterGate(database);
        return queue();
    }

    public void Dispose() => _database.Rollback();
}
