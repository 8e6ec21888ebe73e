using LiteDB;
using PipelineBot.Runtime.State;

namespace PipelineBot.Storage.State;

/// <summary>The shape of a bot-state document: <c>{ _id: key, eTag, json, updated }</c>.</summary>
internal static class StateDocument
{
    private const string IdField = "_id";
    private const string ETagField = "eTag";
    private const string JsonField = "json";
    private const string UpdatedField = "updated";

    public static BsonDocument Create(string key, string json, string etag, DateTime updatedUtc) => new()
    {
        [IdField] = key,
        [ETagField] = etag,
        [JsonField] = json,
        [UpdatedField] = updatedUtc,
    };

    public static string? ReadETag(ILiteCollection<BsonDocument> collection, string key) =>
        collection.FindById(key)?[ETagField].AsString;

    public static StoreItem ToItem(BsonDocument document) =>
        new(document[JsonField].AsString, document[ETagField].AsString);
}
