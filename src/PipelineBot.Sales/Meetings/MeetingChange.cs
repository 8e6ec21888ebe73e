namespace PipelineBot.Sales.Meetings;

/// <summary>
/// One entry of a meeting's append-only history: what happened, the status and time before and after, who did it,
/// when and why. Like a lead's history it names no visitor, so it can outlive erasure.
/// </summary>
/// <param name="MeetingId">The meeting that changed.</param>
/// <param name="Sequence">1-based position in the meeting's history.</param>
/// <param name="What">The verb that made the change.</param>
/// <param name="From">The status before; null for the booking itself.</param>
/// <param name="To">The status after.</param>
/// <param name="FromTime">The meeting's time before; null for the booking itself, the old time for a reschedule.</param>
/// <param name="ToTime">The meeting's time after.</param>
/// <param name="By">Who made the change.</param>
/// <param name="At">When, from the caller's <see cref="TimeProvider"/>.</param>
/// <param name="Reason">Why, when someone said.</param>
public sealed record MeetingChange(
    Guid MeetingId,
    int Sequence,
    MeetingAction What,
    MeetingStatus? From,
    MeetingStatus To,
    TimeSlot? FromTime,
    TimeSlot ToTime,
    Actor By,
    DateTimeOffset At,
    string? Reason);
