using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Storage.Leads;

/// <summary>
/// Maps a <see cref="LeadStatusChange"/> to its append-only <c>lead_history</c> document, keyed by lead id and
/// sequence so appending an entry twice fails instead of duplicating it. Entries hold no personal data, so metrics can
/// scan them after erasure.
/// </summary>
internal static class LeadHistoryDocument
{
    public const string LeadId = "leadId";
    public const string Sequence = "sequence";
    public const string At = "at";

    /// <summary>The entry's id: lead id and zero-padded sequence, so ids also sort in history order.</summary>
    public static string IdOf(Guid leadId, int sequence) => $"{leadId:N}:{sequence:D10}";

    public static BsonDocument Create(LeadStatusChange change) => new()
    {
        ["_id"] = IdOf(change.LeadId, change.Sequence),
        [LeadId] = change.LeadId,
        [Sequence] = change.Sequence,
        ["from"] = change.From.ToString(),
        ["to"] = change.To.ToString(),
        ["by"] = new BsonDocument { ["kind"] = change.By.Kind.ToString(), ["id"] = change.By.Id },
        [At] = BsonValues.From(change.At),
        ["reason"] = change.Reason,
        ["owner"] = change.Owner is { } owner
            ? new BsonDocument { ["from"] = owner.FromRepId, ["to"] = owner.ToRepId, ["method"] = owner.Method.ToString() }
            : BsonValue.Null,
    };

    public static LeadStatusChange ToChange(BsonDocument document) => new(
        document[LeadId].AsGuid,
        document[Sequence].AsInt32,
        BsonValues.ToEnum<LeadStatus>(document["from"]),
        BsonValues.ToEnum<LeadStatus>(document["to"]),
        new Actor(BsonValues.ToEnum<ActorKind>(document["by"]["kind"]), document["by"]["id"].AsString),
        BsonValues.ToDateTimeOffset(document[At]),
        document["reason"].AsString,
        // Entries written before reassignments were recorded have no owner field, which reads as null too.
        document["owner"] is { IsDocument: true } owner
            ? new LeadOwnerChange(owner["from"].AsString, owner["to"].AsString, BsonValues.ToEnum<AssignmentMethod>(owner["method"]))
            : null);
}
