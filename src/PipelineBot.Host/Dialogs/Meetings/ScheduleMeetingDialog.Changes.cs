using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>
/// Moving or cancelling the visitor's booked call: their next meeting is shown on their clock, then a move runs the
/// slot loop for it and a cancellation asks first. Only the visitor's own meeting is ever looked up, by their lead,
/// never by an id a message could carry. A visitor without one hears so and, if sales-qualified, is offered a call.
/// </summary>
public sealed partial class ScheduleMeetingDialog
{
    private const string ChangeId = "changeMeeting";
    private const string CancelPromptId = "meetingCancel";

    /// <inheritdoc />
    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        options is ScheduleMeetingOptions { Change: not null }
            ? innerDc.BeginDialogAsync(ChangeId, options, cancellationToken)
            : base.OnBeginDialogAsync(innerDc, options, cancellationToken);

    private async Task<DialogTurnResult> ShowMeetingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        if (lead is null || await _scheduler.UpcomingAsync(lead.Id, cancellationToken) is not { } meeting)
        {
            return await NoMeetingAsync(step, lead, cancellationToken);
        }
        var zoneId = ZoneIdOf(step.Context, meeting);
        var said = Describe(meeting.RepId, meeting.Start, TimeZoneInfo.FindSystemTimeZoneById(zoneId), locale);
        if (step.GetOptions<ScheduleMeetingOptions>() is { Change: MeetingRequest.Move })
        {
            await step.Context.SendActivityAsync(Text.Get("meeting.move.current", locale, said), cancellationToken: cancellationToken);
            return await step.ReplaceDialogAsync(SlotsId, new SlotSearch(zoneId, MeetingId: meeting.Id), cancellationToken);
        }
        return await step.PromptAsync(CancelPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text.Get("meeting.cancel.ask", locale, said)),
            RetryPrompt = MessageFactory.Text(Text.Get("meeting.cancel.retry", locale, said)),
            MaxAttempts = _options.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> CancelMeetingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        if (step.Result is not true)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.cancel.kept", locale), cancellationToken);
        }
        // Booking refuses a second call while one is ahead, so the lead's next meeting is the one just shown.
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        var shown = lead is null ? null : await _scheduler.UpcomingAsync(lead.Id, cancellationToken);
        if (lead is null || shown is null || await _scheduler.CancelAsync(lead.Id, shown.Id, cancellationToken) is not { } cancelled)
        {
            return await SayAndEndAsync(step, Text.Get("meeting.change.none", locale), cancellationToken);
        }
        return await ConfirmAsync(step, cancelled, lead, ZoneIdOf(step.Context, cancelled), "meeting.cancelled", cancellationToken);
    }

    private async Task<DialogTurnResult> NoMeetingAsync(DialogContext dc, Lead? lead, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(Text.Get("meeting.change.none", dc.Context.Activity.Locale), cancellationToken: cancellationToken);
        return lead is { Status: LeadStatus.Sql or LeadStatus.SalesAccepted }
            ? await dc.ReplaceDialogAsync(StartId, new ScheduleMeetingOptions(Offer: true), cancellationToken)
            : await dc.EndDialogAsync(new ScheduleMeetingResult(null), cancellationToken);
    }
}
