using PipelineBot.Host.Dialogs.Meetings;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// What a visitor may say at any question besides an answer: why it is asked, go back, a demo or quote request,
/// talk to a person, move or cancel my meeting, delete my data; then the common help, cancel and start over. While a
/// call is being booked, going back and asking for a demo mean nothing: the questions are over and the demo is what is
/// being booked.
/// </summary>
public sealed partial class QualifyLeadDialog
{
    /// <summary>
    /// A message that starts the dialog may be a request rather than small talk, e.g. a visitor whose lead was
    /// qualified last week coming back to ask for a demo, to move their meeting or to have their data deleted: those
    /// are acted on first.
    /// </summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        if (options is ScheduleMeetingOptions booking)
        {
            // Offered outside the visitor's turn (OfferMeetingAsync): there is no message to read.
            return await innerDc.BeginDialogAsync(nameof(ScheduleMeetingDialog), booking, cancellationToken);
        }
        var context = innerDc.Context;
        var locale = context.Activity.Locale;
        if (context.Activity.Type == ActivityTypes.Message && Normalise(context.Activity.Text) is { } said)
        {
            if (Means(said, "common.intent.erase", locale))
            {
                return await innerDc.BeginDialogAsync(EraseId, null, cancellationToken);
            }
            if (Means(said, "handoff.intent", locale))
            {
                // Nothing is asked after it: the visitor said what they wanted, and their next message starts afresh.
                await _handoff.HandOffAsync(context, await FindLeadAsync(context, cancellationToken), cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            }
            if (MeetingChangeIn(said, locale) is { } change)
            {
                return await innerDc.BeginDialogAsync(nameof(ScheduleMeetingDialog), new ScheduleMeetingOptions(Offer: false, change), cancellationToken);
            }
            if (Means(said, "meeting.intent.book", locale)
                && await FindLeadAsync(context, cancellationToken) is { Status: LeadStatus.Sql or LeadStatus.SalesAccepted })
            {
                return await innerDc.BeginDialogAsync(nameof(ScheduleMeetingDialog), new ScheduleMeetingOptions(Offer: false), cancellationToken);
            }
            if (RequestIn(said, locale) is { } demo)
            {
                await RecordRequestAsync(context, demo, cancellationToken);
            }
        }
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult?> OnInterruptAsync(DialogContext innerDc, string said, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var locale = context.Activity.Locale;
        if (innerDc.ActiveDialog?.Id == EraseConfirmId)
        {
            return null;
        }
        if (QuestionBeingAsked(innerDc) is { } question && Means(said, "qualify.intent.why", locale))
        {
            await context.SendActivityAsync(_content.Why(question.Id, locale), cancellationToken: cancellationToken);
            return await ResumeAsync(innerDc, cancellationToken);
        }
        if (Means(said, "common.intent.erase", locale))
        {
            return await innerDc.BeginDialogAsync(EraseId, null, cancellationToken);
        }
        var booking = innerDc.ActiveDialog?.Id == nameof(ScheduleMeetingDialog);
        if (!booking && Means(said, "common.intent.back", locale))
        {
            return await GoBackAsync(innerDc, cancellationToken);
        }
        if (Means(said, "handoff.intent", locale))
        {
            await _handoff.HandOffAsync(context, await FindLeadAsync(context, cancellationToken), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }
        if (MeetingChangeIn(said, locale) is { } change)
        {
            // A booking or change under way gives way to the new request; a question waits beneath it and is asked again after.
            var options = new ScheduleMeetingOptions(Offer: false, change);
            return booking
                ? await innerDc.ReplaceDialogAsync(nameof(ScheduleMeetingDialog), options, cancellationToken)
                : await innerDc.BeginDialogAsync(nameof(ScheduleMeetingDialog), options, cancellationToken);
        }
        if (!booking && RequestIn(said, locale) is { } demo)
        {
            await RecordRequestAsync(context, demo, cancellationToken);
            return await ResumeAsync(innerDc, cancellationToken);
        }
        return await base.OnInterruptAsync(innerDc, said, cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ForgetAnswersAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        // Answers stay on the lead until replaced, so leaving half-way through a fresh start loses nothing.
        var lead = await FindLeadAsync(innerDc.Context, cancellationToken);
        await _progress.SetAsync(innerDc.Context, new QualifyLeadProgress
        {
            RevisitQuestionIds = [.. _script.Questions.Where(q => q.Field != LeadField.Consent && lead?.HasAnswered(q.Id) == true).Select(q => q.Id)],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> GoBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var lead = await FindLeadAsync(innerDc.Context, cancellationToken);
        // Answers given in one message share a time; the later question in the script counts as the later answer.
        var previous = lead?.Answers.Values
            .Where(a => a.Field != LeadField.Consent && a.Value is not null && _script.Find(a.QuestionId) is not null)
            .OrderBy(a => a.AnsweredAt)
            .ThenBy(a => _script.IndexOf(a.QuestionId))
            .LastOrDefault();
        if (previous is null)
        {
            await innerDc.Context.SendActivityAsync(Text.Get("qualify.back.nothing", innerDc.Context.Activity.Locale), cancellationToken: cancellationToken);
            return await ResumeAsync(innerDc, cancellationToken);
        }
        var progress = await ProgressAsync(innerDc.Context, cancellationToken);
        progress.RevisitQuestionIds.Insert(0, previous.QuestionId);
        progress.SummaryConfirmed = false;
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(LoopId, null, cancellationToken);
    }

    /// <summary>What the visitor asks of their booked call, or null when the message is not about one.</summary>
    private MeetingRequest? MeetingChangeIn(string said, string? locale) =>
        Means(said, "meeting.intent.move", locale) ? MeetingRequest.Move
        : Means(said, "meeting.intent.cancel", locale) ? MeetingRequest.Cancel
        : null;

    /// <summary>True for a demo request (asking to book a meeting is one), false for a quote request, null when the message is neither.</summary>
    private bool? RequestIn(string said, string? locale) =>
        Means(said, "qualify.intent.demo", locale) || Means(said, "meeting.intent.book", locale) ? true
        : Means(said, "qualify.intent.quote", locale) ? false
        : null;

    private async Task RecordRequestAsync(ITurnContext context, bool demo, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var lead = await FindLeadAsync(context, cancellationToken) ?? Lead.Start(Guid.NewGuid(), VisitorOf(context.Activity), now);
        if (demo)
        {
            lead.RequestDemo(now);
        }
        else
        {
            lead.RequestQuote(now);
        }
        await _leads.SaveAsync(lead, cancellationToken);
        await context.SendActivityAsync(Text.Get(demo ? "qualify.demo.noted" : "qualify.quote.noted", context.Activity.Locale), cancellationToken: cancellationToken);
    }

    private QualificationQuestion? QuestionBeingAsked(DialogContext innerDc) =>
        innerDc.ActiveDialog?.Id is { } id && id.StartsWith(PromptPrefix, StringComparison.Ordinal)
            ? _script.Find(id[PromptPrefix.Length..])
            : null;
}
