namespace PipelineBot.Sales.Meetings;

/// <summary>What a <see cref="MeetingChange"/> recorded, one value per verb of <see cref="Meeting"/>.</summary>
public enum MeetingAction
{
    /// <summary>The meeting was booked; always the first entry.</summary>
    Booked,

    /// <summary>Moved to another time.</summary>
    Rescheduled,

    /// <summary>Called off.</summary>
    Cancelled,

    /// <summary>Marked as held.</summary>
    Completed,

    /// <summary>Marked as missed by the visitor.</summary>
    NoShow,
}
