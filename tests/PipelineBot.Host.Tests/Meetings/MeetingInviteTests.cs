using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using PipelineBot.Host.Meetings;

namespace PipelineBot.Host.Tests.Meetings;

public class MeetingInviteTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 24, 9, 15, 0, TimeSpan.Zero);

    // Thursday 14:00-14:30 in Prague, given with the visitor's offset.
    private static readonly MeetingInviteDetails Demo = new(
        MeetingId: "42",
        Start: new DateTimeOffset(2026, 11, 26, 14, 0, 0, TimeSpan.FromHours(1)),
        End: new DateTimeOffset(2026, 11, 26, 14, 30, 0, TimeSpan.FromHours(1)),
        Sequence: 0,
        Summary: "PipelineBot demo, Acme; Q4",
        Description: "Agenda:\nquestions, pricing; next steps",
        OrganizerName: "Novák, Jana",
        OrganizerEmail: "jana.novak@example.com",
        AttendeeEmail: "visitor@example.org");

    [Fact]
    public void Request_ParsedBack_CarriesEveryField()
    {
        var invite = MeetingInvite.Request(Demo, Stamp);

        var (calendar, meeting) = Parse(invite);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("meeting-42@pipelinebot", meeting.Uid);
        Assert.Equal(new DateTime(2026, 11, 26, 13, 0, 0, DateTimeKind.Utc), meeting.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 11, 26, 13, 30, 0, DateTimeKind.Utc), meeting.DtEnd!.AsUtc);
        Assert.Equal(Stamp.UtcDateTime, meeting.DtStamp!.AsUtc);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal(Demo.Summary, meeting.Summary);
        Assert.Equal(Demo.Description, meeting.Description);
        Assert.Equal("CONFIRMED", meeting.Status);
        Assert.Equal("Novák, Jana", meeting.Organizer!.CommonName);
        Assert.Equal("mailto:jana.novak@example.com", meeting.Organizer.Value!.ToString());
        var attendee = Assert.Single(meeting.Attendees);
        Assert.Equal("mailto:visitor@example.org", attendee.Value!.ToString());
        Assert.True(attendee.Rsvp);
        Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);
        Assert.Empty(meeting.Alarms);
    }

    [Fact]
    public void Request_ContentTypeAndFileName_NameTheMethodAndMeeting()
    {
        var invite = MeetingInvite.Request(Demo with { MeetingId = "a1/b2 c3" }, Stamp);

        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", invite.ContentType);
        Assert.Equal("meeting-a1-b2-c3.ics", invite.FileName);
    }

    [Fact]
    public void Request_Rescheduled_KeepsUidAndCarriesTheNewSequence()
    {
        var moved = Demo with { Start = Demo.Start.AddDays(1), End = Demo.End.AddDays(1), Sequence = 1 };

        var (_, first) = Parse(MeetingInvite.Request(Demo, Stamp));
        var (_, second) = Parse(MeetingInvite.Request(moved, Stamp.AddHours(1)));
        var (_, other) = Parse(MeetingInvite.Request(Demo with { MeetingId = "43" }, Stamp));

        Assert.Equal(first.Uid, second.Uid);
        Assert.NotEqual(first.Uid, other.Uid);
        Assert.Equal(1, second.Sequence);
        Assert.Equal(new DateTime(2026, 11, 27, 13, 0, 0, DateTimeKind.Utc), second.DtStart!.AsUtc);
    }

    [Fact]
    public void Cancel_ParsedBack_IsCancelMethodWithCancelledStatus()
    {
        var invite = MeetingInvite.Cancel(Demo with { Sequence = 2, Reminder = TimeSpan.FromMinutes(15) }, Stamp);

        var (calendar, meeting) = Parse(invite);
        Assert.Equal("text/calendar; method=CANCEL; charset=utf-8", invite.ContentType);
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", meeting.Status);
        Assert.Equal(MeetingInvite.Uid("42"), meeting.Uid);
        Assert.Equal(2, meeting.Sequence);
        Assert.False(Assert.Single(meeting.Attendees).Rsvp);
        Assert.Empty(meeting.Alarms);
    }

    [Fact]
    public void Request_WithoutVisitorEmail_ListsNoAttendee()
    {
        var invite = MeetingInvite.Request(Demo with { AttendeeEmail = null }, Stamp);

        Assert.Empty(Parse(invite).Meeting.Attendees);
        Assert.DoesNotContain("ATTENDEE", Text(invite), StringComparison.Ordinal);
    }

    [Fact]
    public void Request_WithReminder_AddsDisplayAlarmBeforeStart()
    {
        var (_, meeting) = Parse(MeetingInvite.Request(Demo with { Reminder = TimeSpan.FromMinutes(15) }, Stamp));

        var alarm = Assert.Single(meeting.Alarms);
        Assert.Equal("DISPLAY", alarm.Action);
        Assert.Equal(TimeSpan.FromMinutes(-15), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
    }

    private static (Calendar Calendar, CalendarEvent Meeting) Parse(MeetingInvite invite)
    {
        var calendar = Calendar.Load(Text(invite))!;
        return (calendar, Assert.Single(calendar.Events));
    }

    private static string Text(MeetingInvite invite) => Encoding.UTF8.GetString(invite.Content);
}
