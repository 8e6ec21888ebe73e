using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;
using static PipelineBot.Host.Reps.RepAssistant;

namespace PipelineBot.Host.Meetings.Notices;

/// <summary>
/// What the meeting notices say: to the visitor in their language on their own clock, to the rep in the company's
/// language on the rep's clock, as <see cref="MeetingConfirmations"/> does for the booking.
/// </summary>
public sealed class MeetingNoticeMessages(
    IDialogText text, RepDirectory reps, MeetingTimeFormatter times, MeetingScheduler scheduler, MeetingOutcomeCard outcomeCard)
{

    /// <summary>The visitor's reminder of the meeting.</summary>
    public Activity VisitorReminder(Meeting meeting, string? locale) => VisitorLine("meeting.reminder", meeting, locale);

    /// <summary>What the visitor hears after missing the meeting, before being offered a new one.</summary>
    public Activity VisitorMissed(Meeting meeting, string? locale) => VisitorLine("meeting.noShow.missed", meeting, locale);

    /// <summary>The rep's reminder of the meeting.</summary>
    public Activity RepReminder(Meeting meeting, Lead? lead) =>
        MessageFactory.Text(text.Get("reps.meeting.reminder", RepLocale, OnRepClock(meeting, LeadNames.For(lead, text))));

    /// <summary>The card asking the rep whether the meeting took place.</summary>
    public Activity RepOutcomeQuestion(Meeting meeting, Lead? lead)
    {
        var name = LeadNames.For(lead, text);
        var question = text.Get("reps.meeting.outcome", RepLocale, OnRepClock(meeting, CardJson.Plain(name)));
        var headline = text.Get("reps.meeting.ended", RepLocale, new Dictionary<string, string> { ["lead"] = name });
        return MessageFactory.Attachment(outcomeCard.Build(meeting.Id, question), headline);
    }

    private Activity VisitorLine(string key, Meeting meeting, string? locale)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(meeting.VisitorTimeZoneId);
        return MessageFactory.Text(text.Get(key, locale, new Dictionary<string, string>
        {
            ["rep"] = reps.NameOf(meeting.RepId),
            ["when"] = times.When(meeting.Start, zone, locale),
            ["zone"] = MeetingTimeFormatter.Zone(zone, meeting.Start),
        }));
    }

    private Dictionary<string, string> OnRepClock(Meeting meeting, string lead)
    {
        var zone = scheduler.AvailabilityOf(meeting.RepId).TimeZone;
        return new()
        {
            ["lead"] = lead,
            ["when"] = times.When(meeting.Start, zone, RepLocale),
            ["zone"] = MeetingTimeFormatter.Zone(zone, meeting.Start),
        };
    }
}
