namespace PipelineBot.Host.Meetings;

/// <summary>What an invitation says about one meeting, in plain values so any meeting model can fill it.</summary>
/// <param name="MeetingId">The meeting's stable id; every version of the invite, and its cancellation, shares the UID made from it.</param>
/// <param name="Start">When the meeting starts; written in UTC whatever offset it carries.</param>
/// <param name="End">When the meeting ends; must be after <paramref name="Start"/>.</param>
/// <param name="Sequence">
/// The meeting's revision, 0 when first booked; the caller raises it on every reschedule and on cancellation, so
/// calendars replace the copy they hold instead of adding a second one.
/// </param>
/// <param name="Summary">The event title, e.g. "PipelineBot demo with Acme".</param>
/// <param name="Description">The event body; may span lines.</param>
/// <param name="OrganizerName">The rep's name, shown by calendars as the organizer.</param>
/// <param name="OrganizerEmail">The rep's address, to which calendars send replies.</param>
/// <param name="AttendeeEmail">The visitor's address when known; without it the invite lists no attendee.</param>
/// <param name="Reminder">How long before the start calendars should remind; null for no reminder.</param>
public sealed record MeetingInviteDetails(
    string MeetingId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Sequence,
    string Summary,
    string Description,
    string OrganizerName,
    string OrganizerEmail,
    string? AttendeeEmail = null,
    TimeSpan? Reminder = null);
