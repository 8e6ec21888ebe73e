using PipelineBot.Host.Content;
using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Meetings;
using PipelineBot.Host.Proactive;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>
/// Books a sales-qualified visitor's call with the rep who owns their lead, or, while round-robin's pick has not
/// accepted it, with any rep of its pool: offers it (after qualification), learns the visitor's time zone (from the
/// channel, else by asking), then offers the next free slots on the visitor's clock until one is picked and booked.
/// Typed times narrow the search; a slot someone else booked meanwhile is reported and fresh slots are offered. The
/// slot loop is split out in <c>ScheduleMeetingDialog.Slots.cs</c>; moving or cancelling a booked call, which reuses
/// it, in <c>ScheduleMeetingDialog.Changes.cs</c>.
/// </summary>
public sealed partial class ScheduleMeetingDialog : InterruptibleDialog
{
    private const string StartId = "scheduleMeeting";
    private const string SlotsId = "meetingSlots";
    private const string OfferPromptId = "meetingOffer";
    private const string ZonePromptId = "meetingZone";
    private const string SlotPromptId = "meetingSlot";

    private readonly ILeadRepository _leads;
    private readonly RepDirectory _reps;
    private readonly MeetingScheduler _scheduler;
    private readonly MeetingConfirmations _confirmations;
    private readonly LeadNotifications _leadNotifications;
    private readonly MeetingTimeFormatter _times;
    private readonly InviteLinks _links;
    private readonly ConversationBook _conversations;
    private readonly BookingOptions _options;

    /// <summary>Creates the dialog over the lead store and the booking services.</summary>
    public ScheduleMeetingDialog(
        IDialogText text,
        ILeadRepository leads,
        RepDirectory reps,
        MeetingScheduler scheduler,
        MeetingConfirmations confirmations,
        LeadNotifications leadNotifications,
        MeetingTimeFormatter times,
        InviteLinks links,
        ConversationBook conversations,
        BookingOptions options,
        TimeProvider time)
        : base(nameof(ScheduleMeetingDialog), text)
    {
        _leads = leads;
        _reps = reps;
        _scheduler = scheduler;
        _confirmations = confirmations;
        _leadNotifications = leadNotifications;
        _times = times;
        _links = links;
        _conversations = conversations;
        _options = options;
        AddDialog(new ConfirmPrompt(OfferPromptId));
        AddDialog(new TextPrompt(ZonePromptId, (prompt, _) => Task.FromResult(VisitorTimeZones.Parse(prompt.Recognized.Value) is not null)));
        AddDialog(new SlotPrompt(SlotPromptId, text, time));
        AddDialog(new WaterfallDialog(StartId, [CheckOwnerStepAsync, AskTimeZoneStepAsync, StartSearchStepAsync]));
        AddDialog(new WaterfallDialog(SlotsId, [OfferSlotsStepAsync, BookSlotStepAsync]));
        AddDialog(new ConfirmPrompt(CancelPromptId));
        AddDialog(new WaterfallDialog(ChangeId, [ShowMeetingStepAsync, CancelMeetingStepAsync]));
        InitialDialogId = StartId;
    }

    /// <summary>Only a lead with an owner and a deal can book; one with a call ahead already is reminded of it.</summary>
    private async Task<DialogTurnResult> CheckOwnerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        if (lead is not { OwnerRepId: { } repId, DealId: not null })
        {
            return await SayAndEndAsync(step, Text.Get("meeting.unavailable", locale), cancellationToken);
        }
        if (await _scheduler.UpcomingAsync(lead.Id, cancellationToken) is { } meeting)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneIdOf(step.Context, meeting));
            return await SayAndEndAsync(step, Text.Get("meeting.already", locale, Describe(repId, meeting.Start, zone, locale)), cancellationToken);
        }
        if (step.GetOptions<ScheduleMeetingOptions>() is not { Offer: true })
        {
            return await step.NextAsync(true, cancellationToken);
        }
        return await step.PromptAsync(OfferPromptId, new PromptOptions
        {
            // Slots of the whole team may follow, so the question names no one rep.
            Prompt = MessageFactory.Text(_scheduler.HostsFor(lead).Count > 1 ? Text.Get("meeting.offer.askTeam", locale) : Text.Get("meeting.offer.ask", locale, Rep(repId))),
            MaxAttempts = _options.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTimeZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        if (step.Result is not true)
        {
            var lead = await FindLeadAsync(step.Context, cancellationToken);
            return await SayAndEndAsync(step, Text.Get("meeting.offer.declined", activity.Locale, Rep(lead?.OwnerRepId)), cancellationToken);
        }
        if (VisitorTimeZones.FromActivity(activity) is { } zone)
        {
            return await step.NextAsync(zone, cancellationToken);
        }
        var choices = VisitorTimeZones.Common.Select(id => new Choice(id)).ToList();
        var ask = ChoiceFactory.ForChannel(activity.ChannelId, activity.Conversation, MessageFactory.Text(Text.Get("meeting.zone.ask", activity.Locale)), choices, ListStyle.Auto);
        var retry = ChoiceFactory.ForChannel(activity.ChannelId, activity.Conversation, MessageFactory.Text(Text.Get("meeting.zone.retry", activity.Locale)), choices, ListStyle.Auto);
        return await step.PromptAsync(ZonePromptId, new PromptOptions { Prompt = ask, RetryPrompt = retry, MaxAttempts = _options.MaxAttempts }, cancellationToken);
    }

    private async Task<DialogTurnResult> StartSearchStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (VisitorTimeZones.Parse(step.Result as string) is not { } zone)
        {
            return await GiveUpAsync(step, search: null, cancellationToken);
        }
        return await step.ReplaceDialogAsync(SlotsId, new SlotSearch(zone), cancellationToken);
    }

    /// <summary>Out of attempts: the rep will find a time, or, for a move, the meeting simply stays where it is.</summary>
    private async Task<DialogTurnResult> GiveUpAsync(DialogContext dc, SlotSearch? search, CancellationToken cancellationToken)
    {
        var locale = dc.Context.Activity.Locale;
        if (search?.MeetingId is not null)
        {
            return await SayAndEndAsync(dc, Text.Get("meeting.move.gaveUp", locale), cancellationToken);
        }
        var lead = await FindLeadAsync(dc.Context, cancellationToken);
        return await SayAndEndAsync(dc, Text.Get("meeting.slots.gaveUp", locale, Rep(lead?.OwnerRepId)), cancellationToken);
    }

    /// <summary>
    /// Tells the visitor what became of the meeting (line <paramref name="lineKey"/>) with its .ics attached and linked,
    /// an invitation or, once cancelled, a cancellation; then tells the rep.
    /// </summary>
    private async Task<DialogTurnResult> ConfirmAsync(
        DialogContext dc, Meeting meeting, Lead lead, string zoneId, string lineKey, CancellationToken cancellationToken)
    {
        var locale = dc.Context.Activity.Locale;
        var said = Describe(meeting.RepId, meeting.Start, TimeZoneInfo.FindSystemTimeZoneById(zoneId), locale);
        said["link"] = await _links.LinkAsync(meeting.Id, cancellationToken);
        var invite = _confirmations.Invite(meeting, lead);
        await dc.Context.SendActivityAsync(
            MessageFactory.Attachment(MeetingConfirmations.Attachment(invite), Text.Get(lineKey, locale, said)), cancellationToken);
        await _confirmations.NotifyRepAsync(meeting, lead, cancellationToken);
        return await dc.EndDialogAsync(new ScheduleMeetingResult(meeting.Id), cancellationToken);
    }

    private static async Task<DialogTurnResult> SayAndEndAsync(DialogContext dc, string line, CancellationToken cancellationToken, Guid? meetingId = null)
    {
        await dc.Context.SendActivityAsync(line, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(new ScheduleMeetingResult(meetingId), cancellationToken);
    }

    private Task<Lead?> FindLeadAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _leads.GetByVisitorAsync(QualifyLeadDialog.VisitorOf(context.Activity), cancellationToken);

    /// <summary>The zone to show a booked meeting in: the one the visitor is on today, else the one they booked from.</summary>
    private static string ZoneIdOf(ITurnContext context, Meeting meeting) =>
        VisitorTimeZones.FromActivity(context.Activity) ?? meeting.VisitorTimeZoneId;

    private Dictionary<string, string> Rep(string? repId) => new() { ["rep"] = repId is null ? string.Empty : _reps.NameOf(repId) };

    private Dictionary<string, string> Describe(string repId, DateTimeOffset start, TimeZoneInfo zone, string? locale) => new()
    {
        ["rep"] = _reps.NameOf(repId),
        ["when"] = _times.When(start, zone, locale),
        ["zone"] = MeetingTimeFormatter.Zone(zone, start),
    };
}
