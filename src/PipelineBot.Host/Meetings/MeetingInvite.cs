using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// An iCalendar (RFC 5545) file inviting to, or cancelling, one meeting: sent as a chat attachment and offered as a
/// download. Ical.Net writes it, so lines end in CRLF, fold at 75 octets and text values are escaped.
/// </summary>
/// <param name="Content">The .ics file as UTF-8 bytes without a byte order mark.</param>
/// <param name="ContentType">The MIME type with the iTIP method, e.g. "text/calendar; method=REQUEST; charset=utf-8".</param>
/// <param name="FileName">A file name stable per meeting, e.g. "meeting-42.ics".</param>
public sealed record MeetingInvite(byte[] Content, string ContentType, string FileName)
{
    private const string ProductId = "-//PipelineBot//Meetings//EN";

    /// <summary>An invitation (iTIP REQUEST): the first booking, or a reschedule with a higher sequence.</summary>
    /// <param name="details">The meeting.</param>
    /// <param name="stamp">When the invite is made (DTSTAMP); pass the TimeProvider's now.</param>
    public static MeetingInvite Request(MeetingInviteDetails details, DateTimeOffset stamp) => Create(details, stamp, cancel: false);

    /// <summary>A cancellation (iTIP CANCEL) that removes the meeting from calendars holding an earlier invite.</summary>
    /// <param name="details">The meeting, with its sequence raised past the last invite's.</param>
    /// <param name="stamp">When the cancellation is made (DTSTAMP); pass the TimeProvider's now.</param>
    public static MeetingInvite Cancel(MeetingInviteDetails details, DateTimeOffset stamp) => Create(details, stamp, cancel: true);

    /// <summary>The UID every version of one meeting's invite carries, so calendars treat them as one event.</summary>
    public static string Uid(string meetingId) => $"meeting-{meetingId}@pipelinebot";

    private static MeetingInvite Create(MeetingInviteDetails details, DateTimeOffset stamp, bool cancel)
    {
        Validate(details);
        var method = cancel ? "CANCEL" : "REQUEST";
        var meeting = new CalendarEvent
        {
            Uid = Uid(details.MeetingId),
            DtStamp = Utc(stamp),
            DtStart = Utc(details.Start),
            DtEnd = Utc(details.End),
            Sequence = details.Sequence,
            Summary = details.Summary,
            Description = details.Description,
            Organizer = new Organizer($"mailto:{details.OrganizerEmail}") { CommonName = details.OrganizerName },
            Status = cancel ? EventStatus.Cancelled : EventStatus.Confirmed,
        };
        if (details.AttendeeEmail is { } attendee)
        {
            // Only an invitation asks for a reply; a cancellation just names whom it concerns.
            meeting.Attendees.Add(cancel
                ? new Attendee($"mailto:{attendee}") { Role = ParticipationRole.RequiredParticipant }
                : new Attendee($"mailto:{attendee}")
                {
                    Role = ParticipationRole.RequiredParticipant,
                    ParticipationStatus = EventParticipationStatus.NeedsAction,
                    Rsvp = true,
                });
        }
        if (details.Reminder is { } before && !cancel)
        {
            meeting.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = details.Summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(-before)),
            });
        }
        var calendar = new Calendar { Method = method, ProductId = ProductId };
        calendar.Events.Add(meeting);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new MeetingInvite(
            Encoding.UTF8.GetBytes(text),
            $"text/calendar; method={method}; charset=utf-8",
            $"meeting-{SafeFileName(details.MeetingId)}.ics");
    }

    private static void Validate(MeetingInviteDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.MeetingId);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.OrganizerEmail);
        ArgumentOutOfRangeException.ThrowIfNegative(details.Sequence);
        if (details.End <= details.Start)
        {
            throw new ArgumentException("A meeting must end after it starts.", nameof(details));
        }
        if (details.Reminder is { } reminder && reminder <= TimeSpan.Zero)
        {
            throw new ArgumentException("A reminder must come before the meeting.", nameof(details));
        }
    }

    private static CalDateTime Utc(DateTimeOffset value) => new(value.UtcDateTime);

    private static string SafeFileName(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
