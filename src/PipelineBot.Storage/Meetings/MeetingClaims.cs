using LiteDB;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Storage.Meetings;

/// <summary>
/// A rep's reserved time, as one <c>meeting_claims</c> document per <see cref="Meeting.Grain"/> a meeting holds (its
/// time and the buffer after it), keyed <c>{repId}/{grain start in UTC ticks}</c>. LiteDB has no range constraints,
/// but its primary key is unique: two meetings of a rep whose held times overlap share a grain, so the second insert of
/// that key fails, and with it the whole transaction. The ticks are zero-padded, so a rep's claims sort by time.
/// </summary>
internal static class MeetingClaims
{
    public const string CollectionName = "meeting_claims";
    public const string MeetingId = "meetingId";

    /// <summary>The claim ids a meeting in this state must hold: every grain of its held time, none once cancelled.</summary>
    public static IReadOnlyList<string> Of(MeetingSnapshot meeting)
    {
        if (!meeting.HoldsTime)
        {
            return [];
        }
        var grain = Meeting.Grain.Ticks;
        var held = meeting.HeldTime;
        var ids = new List<string>();
        // Rounded outwards, so even a time off the grain can never slip between two claims.
        for (var ticks = held.Start.UtcTicks - (held.Start.UtcTicks % grain); ticks < held.End.UtcTicks; ticks += grain)
        {
            ids.Add($"{meeting.RepId}/{ticks:D19}");
        }
        return ids;
    }

    public static BsonDocument Create(string id, Guid meetingId) => new() { ["_id"] = id, [MeetingId] = meetingId };
}
