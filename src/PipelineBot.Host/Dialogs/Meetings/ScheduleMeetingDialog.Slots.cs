using PipelineBot.Host.Dialogs.Qualification;
using PipelineBot.Host.Meetings;
using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>The slot loop: offer the owner's free slots in the searched window, then book the pick or search again.</summary>
public sealed partial class ScheduleMeetingDialog
{
    /// <summary>How far past a window's start the nearest free slot is looked for; the rep's days ahead limit it sooner.</summary>
    private static readonly TimeSpan OpenEnded = TimeSpan.FromDays(366);

    private async Task<DialogTurnResult> OfferSlotsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var search = step.GetOptions<SlotSearch>() ?? throw new InvalidOperationException("The slot loop needs a SlotSearch.");
        if (await FindLeadAsync(step.Context, cancellationToken) is not { OwnerRepId: { } repId })
        {
            return await SayAndEndAsync(step, Text.Get("meeting.unavailable", locale), cancellationToken);
        }
        var within = search.From is { } from ? new TimeSlot(from, search.Until ?? from + OpenEnded) : null;
        var slots = await _scheduler.FindSlotsAsync(repId, within, cancellationToken);
        var intro = "meeting.slots.ask";
        if (slots.Count == 0 && within is not null)
        {
            // Nothing free inside the window the visitor named: the nearest free times after its start instead.
            slots = await _scheduler.FindSlotsAsync(repId, new TimeSlot(within.Start, within.Start + OpenEnded), cancellationToken);
            intro = "meeting.slots.near";
        }
        if (slots.Count == 0)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.slots.none", locale, Rep(repId)), cancellationToken);
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(search.ZoneId);
        var choices = slots.Select(s => new Choice(_times.When(s.Start, zone, locale))).Append(new Choice(Text.Get("meeting.slots.other", locale))).ToList();
        return await step.PromptAsync(SlotPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text.Get(intro, locale, Describe(repId, slots[0].Start, zone, locale))),
            RetryPrompt = MessageFactory.Text(Text.Get("meeting.slots.retry", locale)),
            Choices = choices,
            MaxAttempts = _options.MaxAttempts,
            Validations = new SlotOffer(search.ZoneId, [.. slots.Select(s => s.Start)], slots[0].Length),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BookSlotStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var search = step.GetOptions<SlotSearch>() ?? throw new InvalidOperationException("The slot loop needs a SlotSearch.");
        switch (step.Result)
        {
            case SlotAnswer { Pick: { } pick }:
                return await BookAsync(step, search, pick, cancellationToken);
            case SlotAnswer { Window: { } window }:
                return await step.ReplaceDialogAsync(SlotsId, search with { From = window.Start, Until = window.End }, cancellationToken);
            default:
                return await GiveUpAsync(step, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> BookAsync(WaterfallStepContext step, SlotSearch search, TimeSlot pick, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        if (await FindLeadAsync(step.Context, cancellationToken) is not { OwnerRepId: { } repId } lead)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.unavailable", locale), cancellationToken);
        }
        Meeting meeting;
        try
        {
            meeting = await _scheduler.BookAsync(lead, pick, search.ZoneId, cancellationToken);
        }
        catch (SlotTakenException)
        {
            await step.Context.SendActivityAsync(Text.Get("meeting.slot.taken", locale), cancellationToken: cancellationToken);
            return await step.ReplaceDialogAsync(SlotsId, search, cancellationToken);
        }
        // Reminders and the no-show follow-up reach the visitor here, outside their turns.
        var activity = step.Context.Activity;
        await _conversations.RememberAsync(ConversationBook.Visitor(QualifyLeadDialog.VisitorOf(activity)), activity.GetConversationReference(), cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(search.ZoneId);
        var said = Describe(repId, meeting.Start, zone, locale);
        said["link"] = await _links.LinkAsync(meeting.Id, cancellationToken);
        var invite = _confirmations.Invite(meeting, lead);
        await step.Context.SendActivityAsync(
            MessageFactory.Attachment(MeetingConfirmations.Attachment(invite), Text.Get("meeting.booked", locale, said)), cancellationToken);
        await _confirmations.NotifyRepAsync(meeting, lead, cancellationToken);
        return await step.EndDialogAsync(new ScheduleMeetingResult(meeting.Id), cancellationToken);
    }
}
