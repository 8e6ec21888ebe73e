using LiteDB;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Storage.Deals;

/// <summary>
/// Maps a <see cref="DealSnapshot"/> to and from its <c>deals</c> document by hand, like the lead mapping. History and
/// notes are short and only ever read with their deal, so they are embedded. Beside the deal's own fields the document
/// carries the keys its indexes are built on (<see cref="DealIndexKeys"/>), since LiteDB indexes one field at a time,
/// and what a <see cref="DealSummary"/> derives from the history, so lists can read a few fields and skip the rest.
/// </summary>
internal static class DealDocument
{
    public const string LeadId = "leadId";
    public const string Version = "version";
    public const string History = "history";
    public const string ClosedAt = "closedAt";
    public const string ExpectedClose = "expectedClose";
    public const string Outcome = "outcome";
    public const string OwnerRepId = "ownerRepId";
    private const string EnteredStageAt = "enteredStageAt";
    private const string LastActivityAt = "lastActivityAt";
    private const string PushBacks = "expectedClosePushBacks";
    private const string StuckWarningSnoozedUntil = "stuckWarningSnoozedUntil";

    /// <summary>
    /// What a <see cref="DealSummary"/> is read from. LiteDB deserialises only the fields a projection names, and
    /// skipping the history makes a list about ten times faster to read.
    /// </summary>
    public static readonly BsonExpression SummaryFields = BsonExpression.Create("{" + string.Join(", ", new[]
    {
        "_id", LeadId, "company", OwnerRepId, "pipeline", "stage", EnteredStageAt, Outcome, "openedAt", "value", ExpectedClose,
        PushBacks, "nextStep", LastActivityAt, StuckWarningSnoozedUntil, Version,
    }.Select(field => $"{field}: $.{field}")) + "}");

    public static BsonDocument Create(DealSnapshot deal, long version)
    {
        // The fields a summary derives from the history are the aggregate's to work out, not the store's to repeat.
        var summary = Deal.FromSnapshot(deal).ToSummary();
        var document = new BsonDocument
        {
            ["_id"] = deal.Id,
            [LeadId] = deal.LeadId,
            ["company"] = BsonValues.From(deal.Company),
            [OwnerRepId] = BsonValues.From(deal.OwnerRepId),
            ["pipeline"] = deal.Pipeline,
            ["stage"] = deal.Stage,
            [Outcome] = deal.Outcome.ToString(),
            ["openedAt"] = BsonValues.From(deal.OpenedAt),
            [ClosedAt] = BsonValues.From(deal.ClosedAt),
            ["closeReason"] = BsonValues.From(deal.CloseReason),
            ["value"] = deal.Value is { } value ? new BsonDocument { ["amount"] = value.Amount, ["currency"] = value.Currency } : BsonValue.Null,
            [ExpectedClose] = BsonValues.From(deal.ExpectedClose),
            ["nextStep"] = deal.NextStep is { } step ? new BsonDocument { ["action"] = step.Action, ["due"] = BsonValues.From(step.Due) } : BsonValue.Null,
            ["notes"] = new BsonArray(deal.Notes.Select(note => new BsonDocument
            {
                ["author"] = BsonValues.From(note.Author), ["at"] = BsonValues.From(note.At), ["text"] = note.Text,
            })),
            [History] = new BsonArray(deal.History.Select(change => new BsonDocument
            {
                ["sequence"] = change.Sequence,
                ["kind"] = change.Kind.ToString(),
                ["from"] = BsonValues.From(change.From),
                ["to"] = change.To,
                ["by"] = BsonValues.From(change.By),
                ["at"] = BsonValues.From(change.At),
                ["reason"] = BsonValues.From(change.Reason),
            })),
            [EnteredStageAt] = BsonValues.From(summary.EnteredStageAt),
            [LastActivityAt] = BsonValues.From(summary.LastActivityAt),
            [PushBacks] = summary.ExpectedClosePushBacks,
            [StuckWarningSnoozedUntil] = BsonValues.From(summary.StuckWarningSnoozedUntil),
            [Version] = version,
        };
        DealIndexKeys.AddTo(document, summary);
        return document;
    }

    public static DealSnapshot ToSnapshot(BsonDocument document)
    {
        var id = document["_id"].AsGuid;
        return new DealSnapshot
        {
            Id = id,
            LeadId = document[LeadId].AsGuid,
            Company = BsonValues.ToNullableString(document["company"]),
            OwnerRepId = BsonValues.ToNullableString(document[OwnerRepId]),
            Pipeline = document["pipeline"].AsString,
            Stage = document["stage"].AsString,
            Outcome = BsonValues.ToEnum<DealOutcome>(document[Outcome]),
            OpenedAt = BsonValues.ToDateTimeOffset(document["openedAt"]),
            ClosedAt = BsonValues.ToNullableDateTimeOffset(document[ClosedAt]),
            CloseReason = BsonValues.ToNullableString(document["closeReason"]),
            Value = ToMoney(document["value"]),
            ExpectedClose = BsonValues.ToNullableDateOnly(document[ExpectedClose]),
            NextStep = ToNextStep(document["nextStep"]),
            Notes = [.. document["notes"].AsArray.Select(note => new DealNote(
                BsonValues.ToActor(note["author"]), BsonValues.ToDateTimeOffset(note["at"]), note["text"].AsString))],
            History = [.. document[History].AsArray.Select(entry => new DealChange(
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

    /// <summary>Reads what <see cref="SummaryFields"/> selected.</summary>
    public static DealSummary ToSummary(BsonDocument document) => new()
    {
        Id = document["_id"].AsGuid,
        LeadId = document[LeadId].AsGuid,
        Company = BsonValues.ToNullableString(document["company"]),
        OwnerRepId = BsonValues.ToNullableString(document[OwnerRepId]),
        Pipeline = document["pipeline"].AsString,
        Stage = document["stage"].AsString,
        EnteredStageAt = BsonValues.ToDateTimeOffset(document[EnteredStageAt]),
        Outcome = BsonValues.ToEnum<DealOutcome>(document[Outcome]),
        OpenedAt = BsonValues.ToDateTimeOffset(document["openedAt"]),
        Value = ToMoney(document["value"]),
        ExpectedClose = BsonValues.ToNullableDateOnly(document[ExpectedClose]),
        ExpectedClosePushBacks = document[PushBacks].AsInt32,
        NextStep = ToNextStep(document["nextStep"]),
        LastActivityAt = BsonValues.ToDateTimeOffset(document[LastActivityAt]),
        // Deals saved before snoozing existed lack the field, which reads as null: not snoozed.
        StuckWarningSnoozedUntil = BsonValues.ToNullableDateTimeOffset(document[StuckWarningSnoozedUntil]),
        Version = document[Version].AsInt64,
    };

    private static Money? ToMoney(BsonValue value) =>
        value.IsDocument ? new Money(value["amount"].AsDecimal, value["currency"].AsString) : null;

    private static NextStep? ToNextStep(BsonValue value) =>
        value.IsDocument ? new NextStep(value["action"].AsString, BsonValues.ToNullableDateOnly(value["due"])!.Value) : null;
}
