namespace PipelineBot.Sales.Meetings;

/// <summary>The verbs after booking. Only a booked meeting can change; cancelled, completed and no-show are final.</summary>
public sealed partial class Meeting
{
    /// <summary>Moves the meeting to another time that has not started; the history keeps the old one.</summary>
    /// <exception cref="SalesDomainException">The meeting is not booked, the time is the same, has started or is off the grain.</exception>
    public void Reschedule(TimeSlot to, Actor by, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(by);
        EnsureBooked("reschedule");
        if (to == Time)
        {
            throw new SalesDomainException($"Meeting {Id} is already at {to}.");
        }
        EnsureBookable(Id, to, now);
        var from = Time;
        Time = to;
        Record(MeetingAction.Rescheduled, MeetingStatus.Booked, from, by, now, reason);
    }

    /// <summary>Calls the meeting off before it ends, which frees its time.</summary>
    /// <exception cref="SalesDomainException">The meeting is not booked or has ended already.</exception>
    public void Cancel(Actor by, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureBooked("cancel");
        if (now >= End)
        {
            throw new SalesDomainException($"Meeting {Id} ended at {End:O}; mark it completed or a no-show instead of cancelling it.");
        }
        Status = MeetingStatus.Cancelled;
        Record(MeetingAction.Cancelled, MeetingStatus.Booked, Time, by, now, reason);
    }

    /// <summary>Records that the meeting took place; possible once it has started.</summary>
    /// <exception cref="SalesDomainException">The meeting is not booked or has not started.</exception>
    public void MarkCompleted(Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureStarted("be marked completed", now);
        Status = MeetingStatus.Completed;
        Record(MeetingAction.Completed, MeetingStatus.Booked, Time, by, now, reason: null);
    }

    /// <summary>Records that the visitor did not turn up; possible once the meeting has started.</summary>
    /// <exception cref="SalesDomainException">The meeting is not booked or has not started.</exception>
    public void MarkNoShow(Actor by, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        EnsureStarted("be marked a no-show", now);
        Status = MeetingStatus.NoShow;
        Record(MeetingAction.NoShow, MeetingStatus.Booked, Time, by, now, reason);
    }

    private static void EnsureBookable(Guid id, TimeSlot time, DateTimeOffset now)
    {
        if (time.Start <= now)
        {
            throw new SalesDomainException($"Meeting {id} cannot be at {time}: it would have started by now ({now:O}).");
        }
        if (!OnGrain(time.Start.UtcTicks) || !OnGrain(time.End.UtcTicks))
        {
            throw new SalesDomainException($"Meeting {id} cannot be at {time}: meetings start and end on whole {Grain.TotalMinutes} minutes.");
        }
    }

    private void EnsureBooked(string action)
    {
        if (Status != MeetingStatus.Booked)
        {
            throw new SalesDomainException($"Meeting {Id} is {Status}; only a booked meeting can {action}.");
        }
    }

    private void EnsureStarted(string action, DateTimeOffset now)
    {
        EnsureBooked(action);
        if (now < Start)
        {
            throw new SalesDomainException($"Meeting {Id} starts at {Start:O}; it cannot {action} before then.");
        }
    }

    /// <summary>Appends an entry from the given status and time to the current ones, which the verb has already set.</summary>
    private void Record(MeetingAction what, MeetingStatus? from, TimeSlot? fromTime, Actor by, DateTimeOffset now, string? reason) =>
        _history.Add(new MeetingChange(
            Id, _history.Count + 1, what, from, Status, fromTime, Time, by, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
}
