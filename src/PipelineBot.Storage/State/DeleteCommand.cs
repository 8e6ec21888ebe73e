using LiteDB;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>A queued <see cref="IStorage.DeleteAsync"/>; it shares the write queue so it is ordered with the writes around it.</summary>
internal sealed class DeleteCommand(ILiteCollection<BsonDocument> collection, string[] keys, CancellationToken cancellationToken) : StorageCommand<int>(cancellationToken)
{
    private int _deleted;

    /// <inheritdoc />
    public override IEnumerable<KeyValuePair<string, StoreItem?>> Committed => keys.Select(key => KeyValuePair.Create(key, (StoreItem?)null));

    /// <summary>How many of the keys existed.</summary>
    protected override int Result => _deleted;

    /// <inheritdoc />
    public override void Apply(LiteDatabase database, DateTime utcNow)
    {
        _deleted = 0;
        foreach (var key in keys)
        {
            if (collection.Delete(key))
            {
                _deleted++;
            }
        }
    }
}
