namespace PipelineBot.Sales.Meetings;

/// <summary>The seam to storage: snapshots out and in, and the version a successful save leaves behind.</summary>
public sealed partial class Meeting
{
    /// <summary>Copies the meeting's state into plain data for a store to write.</summary>
    public MeetingSnapshot ToSnapshot() => new()
    {
        Id = Id, DealId = DealId, LeadId = LeadId, RepId = RepId, Time = Time, Buffer = Buffer,
        VisitorTimeZoneId = VisitorTimeZoneId, Status = Status, CreatedAt = CreatedAt, History = [.. _history], Version = Version,
    };

    /// <summary>Rebuilds a meeting a store read back; refuses data no sequence of verbs could have produced.</summary>
    /// <exception cref="SalesDomainException">The history is broken or does not end where the meeting is.</exception>
    public static Meeting FromSnapshot(MeetingSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var meeting = new Meeting(snapshot.Id, snapshot.DealId, snapshot.LeadId, snapshot.RepId, snapshot.Time, snapshot.Buffer,
            snapshot.VisitorTimeZoneId, snapshot.CreatedAt)
        {
            Status = snapshot.Status,
            Version = snapshot.Version,
        };
        meeting.RestoreHistory(snapshot.History);
        return meeting;
    }

    /// <summary>Called by a repository once a save has committed, so the next save of this instance expects the new version.</summary>
    public void ConfirmSaved(long version)
    {
        if (version <= Version)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"A save must move meeting {Id} past version {Version}.");
        }
        Version = version;
    }

    private void RestoreHistory(IReadOnlyList<MeetingChange> history)
    {
        MeetingChange? previous = null;
        foreach (var change in history)
        {
            if (change.MeetingId != Id || change.Sequence != _history.Count + 1 || !Follows(change, previous))
            {
                throw new SalesDomainException(
                    $"Meeting {Id} has a broken history at entry {_history.Count + 1}: got #{change.Sequence} {change.What} of meeting {change.MeetingId}.");
            }
            _history.Add(change);
            previous = change;
        }
        if (previous is null || previous.To != Status || previous.ToTime != Time)
        {
            throw new SalesDomainException($"Meeting {Id} is {Status} at {Time} but its history ends at {previous?.To} {previous?.ToTime}.");
        }
    }

    /// <summary>True when the change is one a verb could have made right after the previous one.</summary>
    private static bool Follows(MeetingChange change, MeetingChange? previous) => previous is null
        ? change is { What: MeetingAction.Booked, From: null, FromTime: null, To: MeetingStatus.Booked }
        : previous.To == MeetingStatus.Booked && change.From == MeetingStatus.Booked && change.FromTime == previous.ToTime
            && change.To == (change.What switch
            {
                MeetingAction.Rescheduled => MeetingStatus.Booked,
                MeetingAction.Cancelled => MeetingStatus.Cancelled,
                MeetingAction.Completed => MeetingStatus.Completed,
                MeetingAction.NoShow => MeetingStatus.NoShow,
                _ => (MeetingStatus?)null,
            });
}
