namespace PipelineBot.Sales.Meetings;

/// <summary>Where a meeting stands. A rescheduled meeting is still <see cref="Booked"/>; its history keeps the old time.</summary>
public enum MeetingStatus
{
    /// <summary>On the rep's calendar, holding its time.</summary>
    Booked,

    /// <summary>Called off before it ended; its time is free again.</summary>
    Cancelled,

    /// <summary>Took place.</summary>
    Completed,

    /// <summary>The visitor did not turn up; the follow-up offers a new slot.</summary>
    NoShow,
}
