using LiteDB;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>A queued <see cref="IStorage.WriteAsync"/>: all keys or none, each checked against its eTag precondition.</summary>
internal sealed class WriteCommand(ILiteCollection<BsonDocument> collection, KeyValuePair<string, StoreItem>[] changes, CancellationToken cancellationToken)
    : StorageCommand<IReadOnlyDictionary<string, string>>(cancellationToken)
{
    private Dictionary<string, string> _etags = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override IEnumerable<KeyValuePair<string, StoreItem?>> Committed =>
        changes.Select(change => KeyValuePair.Create(change.Key, (StoreItem?)new StoreItem(change.Value.Json, _etags[change.Key])));

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> Result => _etags;

    /// <inheritdoc />
    public override void Apply(LiteDatabase database, DateTime utcNow)
    {
        // Reads inside the batch transaction see the batch's earlier commands, so they are checked in queue order.
        foreach (var (key, item) in changes)
        {
            if (!ETagPrecondition.IsSatisfied(item.ETag, StateDocument.ReadETag(collection, key)))
            {
                throw new StorageConcurrencyException(key);
            }
        }
        // A fresh map per attempt: a retried batch applies this command again after rolling the first attempt back.
        var etags = new Dictionary<string, string>(changes.Length, StringComparer.Ordinal);
        foreach (var (key, item) in changes)
        {
            var etag = ETagPrecondition.NewETag();
            collection.Upsert(StateDocument.Create(key, item.Json, etag, utcNow));
            etags[key] = etag;
        }
        _etags = etags;
    }
}
