using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// Maps a <see cref="DealSnapshot"/> to and from its <c>deals</c> document by hand, like the lead mapping. The stage
/// history is short and only ever read with its deal, so it is embedded rather than kept in a collection of its own.
/// </summary>
internal static class DealDocument
{
    public const string LeadId = "leadId";
    public const string Version = "version";

    public static BsonDocument Create(DealSnapshot deal, long version) => new()
    {
        ["_id"] = deal.Id,
        [LeadId] = deal.LeadId,
        ["company"] = BsonValues.From(deal.Company),
        ["ownerRepId"] = BsonValues.From(deal.OwnerRepId),
        ["stage"] = deal.Stage,
        ["openedAt"] = BsonValues.From(deal.OpenedAt),
        ["stageHistory"] = new BsonArray(deal.StageHistory.Select(change => new BsonDocument
        {
            ["sequence"] = change.Sequence,
            ["from"] = BsonValues.From(change.From),
            ["to"] = change.To,
            ["by"] = new BsonDocument { ["kind"] = change.By.Kind.ToString(), ["id"] = change.By.Id },
            ["at"] = BsonValues.From(change.At),
        })),
        [Version] = version,
    };

    public static DealSnapshot ToSnapshot(BsonDocument document)
    {
        var id = document["_id"].AsGuid;
        return new DealSnapshot
        {
            Id = id,
            LeadId = document[LeadId].AsGuid,
            Company = BsonValues.ToNullableString(document["company"]),
            OwnerRepId = BsonValues.ToNullableString(document["ownerRepId"]),
            Stage = document["stage"].AsString,
            OpenedAt = BsonValues.ToDateTimeOffset(document["openedAt"]),
            StageHistory = [.. document["stageHistory"].AsArray.Select(entry => new DealStageChange(
                id,
                entry["sequence"].AsInt32,
                BsonValues.ToNullableString(entry["from"]),
                entry["to"].AsString,
                new Actor(BsonValues.ToEnum<ActorKind>(entry["by"]["kind"]), entry["by"]["id"].AsString),
                BsonValues.ToDateTimeOffset(entry["at"])))],
            Version = document[Version].AsInt64,
        };
    }
}
