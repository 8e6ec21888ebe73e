using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Meetings;
using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>
/// The slot loop: offer free slots in the searched window, then book the pick (or move the visitor's meeting to it) or
/// search again. An offer may mix the reps of an unaccepted round-robin lead's pool, each button then naming its rep;
/// booking another rep's slot hands the lead to them. A meeting being moved stays with its rep, who may no longer be
/// the lead's owner.
/// </summary>
public sealed partial class ScheduleMeetingDialog
{
    /// <summary>How far past a window's start the nearest free slot is looked for; the rep's days ahead limit it sooner.</summary>
    private static readonly TimeSpan OpenEnded = TimeSpan.FromDays(366);

    private async Task<DialogTurnResult> OfferSlotsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var search = step.GetOptions<SlotSearch>() ?? throw new InvalidOperationException("The slot loop needs a SlotSearch.");
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        var moving = search.MeetingId is { } id && lead is not null ? await _scheduler.UpcomingAsync(lead.Id, id, cancellationToken) : null;
        if (search.MeetingId is not null && moving is null)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.change.none", locale), cancellationToken);
        }
        if (lead is null || (moving?.RepId ?? lead.OwnerRepId) is not { } repId)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.unavailable", locale), cancellationToken);
        }
        var (slots, nearest) = await FindSlotsAsync(lead, moving, search, cancellationToken);
        if (slots.Count == 0)
        {
            return await SayAndEndAsync(step, Text.Get(moving is null ? "meeting.slots.none" : "meeting.move.none", locale, Rep(repId)), cancellationToken);
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(search.ZoneId);
        var mixed = slots.Any(slot => slot.RepId != slots[0].RepId);
        var choices = slots.Select(slot => new Choice(Label(slot, mixed, zone, locale))).Append(new Choice(Text.Get("meeting.slots.other", locale))).ToList();
        return await step.PromptAsync(SlotPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text.Get(IntroKey(nearest, mixed), locale, Describe(slots[0].RepId, slots[0].Slot.Start, zone, locale))),
            RetryPrompt = MessageFactory.Text(Text.Get("meeting.slots.retry", locale)),
            Choices = choices,
            MaxAttempts = _options.MaxAttempts,
            Validations = new SlotOffer(search.ZoneId, slots),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BookSlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var search = step.GetOptions<SlotSearch>() ?? throw new InvalidOperationException("The slot loop needs a SlotSearch.");
        switch (step.Result)
        {
            case SlotAnswer { Pick: { } pick }:
                return await TakeSlotAsync(step, search, pick, cancellationToken);
            case SlotAnswer { Window: { } window }:
                return await step.ReplaceDialogAsync(SlotsId, search with { From = window.Start, Until = window.End }, cancellationToken);
            default:
                return await GiveUpAsync(step, search, cancellationToken);
        }
    }

    /// <summary>
    /// Free slots inside the window the visitor named, else (<c>Nearest</c>, said so) the nearest after its start: of
    /// the reps who may take the lead's call, or of the rep of the meeting being moved.
    /// </summary>
    private async Task<(IReadOnlyList<RepSlot> Slots, bool Nearest)> FindSlotsAsync(
        Lead lead, Meeting? moving, SlotSearch search, CancellationToken cancellationToken)
    {
        var within = search.From is { } from ? new TimeSlot(from, search.Until ?? from + OpenEnded) : null;
        var slots = await FreeSlotsAsync(within);
        if (slots.Count == 0 && within is not null)
        {
            return (await FreeSlotsAsync(new TimeSlot(within.Start, within.Start + OpenEnded)), true);
        }
        return (slots, false);

        async Task<IReadOnlyList<RepSlot>> FreeSlotsAsync(TimeSlot? window) => moving is null
            ? await _scheduler.FindSlotsAsync(lead, window, cancellationToken)
            : [.. (await _scheduler.FindSlotsToMoveAsync(moving, window, cancellationToken)).Select(slot => new RepSlot(moving.RepId, slot))];
    }

    /// <summary>An offer mixing reps speaks of the team, since each button names its rep; any other of the one rep.</summary>
    private static string IntroKey(bool nearest, bool mixed) => (nearest, mixed) switch
    {
        (false, false) => "meeting.slots.ask",
        (true, false) => "meeting.slots.near",
        (false, true) => "meeting.slots.askTeam",
        (true, true) => "meeting.slots.nearTeam",
    };

    private string Label(RepSlot slot, bool mixed, TimeZoneInfo zone, string? locale)
    {
        var when = _times.When(slot.Slot.Start, zone, locale);
        return mixed
            ? Text.Get("meeting.slots.withRep", locale, new Dictionary<string, string> { ["when"] = when, ["rep"] = _reps.NameOf(slot.RepId) })
            : when;
    }

    private async Task<DialogTurnResult> TakeSlotAsync(WaterfallStepContext step, SlotSearch search, RepSlot pick, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        Booking? booking;
        try
        {
            booking = await BookOrMoveAsync(lead, search, pick, cancellationToken);
        }
        catch (SlotTakenException)
        {
            await step.Context.SendActivityAsync(Text.Get("meeting.slot.taken", locale), cancellationToken: cancellationToken);
            return await step.ReplaceDialogAsync(SlotsId, search, cancellationToken);
        }
        if (lead is null || booking is null)
        {
            return await SayAndEndAsync(step, Text.Get(search.MeetingId is null ? "meeting.unavailable" : "meeting.change.none", locale), cancellationToken);
        }
        // Reminders and the no-show follow-up reach the visitor here, outside their turns: in the conversation they
        // last booked or moved the meeting from.
        var activity = step.Context.Activity;
        await _conversations.RememberAsync(ConversationBook.Visitor(QualifyLeadDialog.VisitorOf(activity)), activity.GetConversationReference(), cancellationToken);
        if (booking.HandOver is { } handOver)
        {
            await _leadNotifications.LeadHandedOverAsync(lead, handOver, cancellationToken);
        }
        return await ConfirmAsync(step, booking.Meeting, lead, search.ZoneId, search.MeetingId is null ? "meeting.booked" : "meeting.moved", cancellationToken);
    }

    /// <summary>The meeting booked or moved to the pick; null when the lead has no owner to book with, or no such meeting to move.</summary>
    /// <exception cref="SlotTakenException">Someone else took the slot meanwhile, it is too soon now, or its rep may no longer take the lead.</exception>
    private async Task<Booking?> BookOrMoveAsync(Lead? lead, SlotSearch search, RepSlot pick, CancellationToken cancellationToken) => lead switch
    {
        null => null,
        _ when search.MeetingId is { } id =>
            await _scheduler.RescheduleAsync(lead.Id, id, pick.Slot, cancellationToken) is { } moved ? new Booking(moved, HandOver: null) : null,
        { OwnerRepId: not null } => await _scheduler.BookAsync(lead, pick, search.ZoneId, cancellationToken),
        _ => null,
    };
}
