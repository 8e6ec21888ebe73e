using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// Maps a <see cref="DealSnapshot"/> to and from its <c>deals</c> document by hand, like the lead mapping. History and
/// notes are short and only ever read with their deal, so they are embedded.
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
        ["pipeline"] = deal.Pipeline,
        ["stage"] = deal.Stage,
        ["outcome"] = deal.Outcome.ToString(),
        ["openedAt"] = BsonValues.From(deal.OpenedAt),
        ["closedAt"] = BsonValues.From(deal.ClosedAt),
        ["closeReason"] = BsonValues.From(deal.CloseReason),
        ["value"] = deal.Value is { } value ? new BsonDocument { ["amount"] = value.Amount, ["currency"] = value.Currency } : BsonValue.Null,
        ["expectedClose"] = BsonValues.From(deal.ExpectedClose),
        ["nextStep"] = deal.NextStep is { } step ? new BsonDocument { ["action"] = step.Action, ["due"] = BsonValues.From(step.Due) } : BsonValue.Null,
        ["notes"] = new BsonArray(deal.Notes.Select(note => new BsonDocument
        {
            ["author"] = BsonValues.From(note.Author), ["at"] = BsonValues.From(note.At), ["text"] = note.Text,
        })),
        ["history"] = new BsonArray(deal.History.Select(change => new BsonDocument
        {
            ["sequence"] = change.Sequence,
            ["kind"] = change.Kind.ToString(),
            ["from"] = BsonValues.From(change.From),
            ["to"] = change.To,
            ["by"] = BsonValues.From(change.By),
            ["at"] = BsonValues.From(change.At),
            ["reason"] = BsonValues.From(change.Reason),
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
            Pipeline = document["pipeline"].AsString,
            Stage = document["stage"].AsString,
            Outcome = BsonValues.ToEnum<DealOutcome>(document["outcome"]),
            OpenedAt = BsonValues.ToDateTimeOffset(document["openedAt"]),
            ClosedAt = BsonValues.ToNullableDateTimeOffset(document["closedAt"]),
            CloseReason = BsonValues.ToNullableString(document["closeReason"]),
            Value = document["value"] is { IsDocument: true } value ? new Money(value["amount"].AsDecimal, value["currency"].AsString) : null,
            ExpectedClose = BsonValues.ToNullableDateOnly(document["expectedClose"]),
            NextStep = document["nextStep"] is { IsDocument: true } step
                ? new NextStep(step["action"].AsString, BsonValues.ToNullableDateOnly(step["due"])!.Value)
                : null,
            Notes = [.. document["notes"].AsArray.Select(note => new DealNote(
                BsonValues.ToActor(note["author"]), BsonValues.ToDateTimeOffset(note["at"]), note["text"].AsString))],
            History = [.. document["history"].AsArray.Select(entry => new DealChange(
                id,
                entry["sequence"].AsInt32,
                BsonValues.ToEnum<DealChangeKind>(entry["kind"]),
                BsonValues.ToNullableString(entry["from"]),
                entry["to"].AsString,
                BsonValues.ToActor(entry["by"]),
                BsonValues.ToDateTimeOffset(entry["at"]),
                BsonValues.ToNullableString(entry["reason"])))],
            Version = document[Version].AsInt64,
        };
    }
}
