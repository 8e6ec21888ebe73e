using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Storage.Meetings;

/// <summary>
/// Maps a <see cref="MeetingSnapshot"/> to and from its <c>meetings</c> document by hand, like the deal mapping. The
/// history is short and only read with its meeting, so it is embedded. The end of the held time is stored too, so a
/// rep's calendar can be range-queried including buffers.
/// </summary>
internal static class MeetingDocument
{
    public const string RepId = "repId";
    public const string LeadId = "leadId";
    public const string Start = "start";
    public const string End = "end";
    public const string HeldUntil = "heldUntil";
    public const string Version = "version";

    public static BsonDocument Create(MeetingSnapshot meeting, long version) => new()
    {
        ["_id"] = meeting.Id,
        ["dealId"] = meeting.DealId,
        [LeadId] = meeting.LeadId,
        [RepId] = meeting.RepId,
        [Start] = BsonValues.From(meeting.Time.Start),
        [End] = BsonValues.From(meeting.Time.End),
        [HeldUntil] = BsonValues.From(meeting.HeldTime.End),
        ["bufferTicks"] = meeting.Buffer.Ticks,
        ["visitorTimeZoneId"] = meeting.VisitorTimeZoneId,
        ["status"] = meeting.Status.ToString(),
        ["createdAt"] = BsonValues.From(meeting.CreatedAt),
        ["history"] = new BsonArray(meeting.History.Select(change => new BsonDocument
        {
            ["sequence"] = change.Sequence,
            ["what"] = change.What.ToString(),
            ["from"] = BsonValues.From(change.From),
            ["to"] = change.To.ToString(),
            ["fromTime"] = change.FromTime is { } fromTime ? ToDocument(fromTime) : BsonValue.Null,
            ["toTime"] = ToDocument(change.ToTime),
            ["by"] = new BsonDocument { ["kind"] = change.By.Kind.ToString(), ["id"] = change.By.Id },
            ["at"] = BsonValues.From(change.At),
            ["reason"] = BsonValues.From(change.Reason),
        })),
        [Version] = version,
    };

    public static MeetingSnapshot ToSnapshot(BsonDocument document)
    {
        var id = document["_id"].AsGuid;
        return new MeetingSnapshot
        {
            Id = id,
            DealId = document["dealId"].AsGuid,
            LeadId = document[LeadId].AsGuid,
            RepId = document[RepId].AsString,
            Time = new TimeSlot(BsonValues.ToDateTimeOffset(document[Start]), BsonValues.ToDateTimeOffset(document[End])),
            Buffer = TimeSpan.FromTicks(document["bufferTicks"].AsInt64),
            VisitorTimeZoneId = document["visitorTimeZoneId"].AsString,
            Status = BsonValues.ToEnum<MeetingStatus>(document["status"]),
            CreatedAt = BsonValues.ToDateTimeOffset(document["createdAt"]),
            History = [.. document["history"].AsArray.Select(entry => new MeetingChange(
                id,
                entry["sequence"].AsInt32,
                BsonValues.ToEnum<MeetingAction>(entry["what"]),
                BsonValues.ToNullableEnum<MeetingStatus>(entry["from"]),
                BsonValues.ToEnum<MeetingStatus>(entry["to"]),
                entry["fromTime"].IsNull ? null : ToTimeSlot(entry["fromTime"]),
                ToTimeSlot(entry["toTime"]),
                new Actor(BsonValues.ToEnum<ActorKind>(entry["by"]["kind"]), entry["by"]["id"].AsString),
                BsonValues.ToDateTimeOffset(entry["at"]),
                BsonValues.ToNullableString(entry["reason"])))],
            Version = document[Version].AsInt64,
        };
    }

    private static BsonDocument ToDocument(TimeSlot time) => new() { ["start"] = BsonValues.From(time.Start), ["end"] = BsonValues.From(time.End) };

    private static TimeSlot ToTimeSlot(BsonValue value) =>
        new(BsonValues.ToDateTimeOffset(value["start"]), BsonValues.ToDateTimeOffset(value["end"]));
}
