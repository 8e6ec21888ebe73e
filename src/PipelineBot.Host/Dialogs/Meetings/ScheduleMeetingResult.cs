namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>What <see cref="ScheduleMeetingDialog"/> ends with.</summary>
/// <param name="MeetingId">
/// The meeting booked, moved or cancelled, or null when nothing changed (declined, no owner, no free time, gave up).
/// </param>
public sealed record ScheduleMeetingResult(Guid? MeetingId);
