using PipelineBot.Host.Content;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings;

/// <summary>
/// What a booked, moved or cancelled meeting produces besides the visitor's reply: its .ics invite (or cancellation),
/// the file as a chat attachment, and the rep's notification. The invite is written in the content's default language,
/// so the attachment and the download (which knows no visitor) are the same file.
/// </summary>
public sealed class MeetingConfirmations(
    IDialogText text, MeetingInviteText invites, RepDirectory reps, RepNotifier notifier, MeetingTimeFormatter times, MeetingScheduler scheduler,
    BookingOptions options, TimeProvider time)
{
    /// <summary>The meeting's invitation stamped now, or its cancellation once cancelled.</summary>
    public MeetingInvite Invite(Meeting meeting, Lead? lead)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var cancelled = meeting.Status == MeetingStatus.Cancelled;
        var details = new MeetingInviteDetails(
            meeting.Id.ToString(),
            meeting.Start,
            meeting.End,
            // Each reschedule, and the cancellation, supersedes the copy a calendar holds.
            meeting.History.Count(change => change.What is MeetingAction.Rescheduled or MeetingAction.Cancelled),
            invites.Summary(meeting.RepId),
            invites.Description(meeting.RepId),
            reps.NameOf(meeting.RepId),
            options.OrganizerEmail,
            lead?.WorkEmail?.ToString());
        return cancelled ? MeetingInvite.Cancel(details, time.GetUtcNow()) : MeetingInvite.Request(details, time.GetUtcNow());
    }

    /// <summary>The invite as a file attachment, inline as a data URI so it arrives whatever the channel can fetch.</summary>
    public static Attachment Attachment(MeetingInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        return new Attachment
        {
            ContentType = "text/calendar",
            ContentUrl = $"data:text/calendar;base64,{Convert.ToBase64String(invite.Content)}",
            Name = invite.FileName,
        };
    }

    /// <summary>
    /// Tells the meeting's rep what its latest change was (booked, moved from one time to another, or cancelled), with
    /// whom and when, on the rep's own clock; held if the rep cannot be reached now.
    /// </summary>
    public async Task NotifyRepAsync(Meeting meeting, Lead lead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(lead);
        var zone = scheduler.AvailabilityOf(meeting.RepId).TimeZone;
        var change = meeting.History[^1];
        var values = new Dictionary<string, string>
        {
            ["lead"] = LeadNames.For(lead, text),
            ["when"] = times.When(meeting.Start, zone, null),
            ["zone"] = MeetingTimeFormatter.Zone(zone, meeting.Start),
        };
        var key = change.What switch
        {
            MeetingAction.Rescheduled => "reps.meeting.moved",
            MeetingAction.Cancelled => "reps.meeting.cancelled",
            _ => "reps.meeting.booked",
        };
        if (change is { What: MeetingAction.Rescheduled, FromTime: { } from })
        {
            values["from"] = times.When(from.Start, zone, null);
        }
        await notifier.NotifyAsync(meeting.RepId, MessageFactory.Text(text.Get(key, null, values)), cancellationToken);
    }
}
