using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Dialogs.Handoff;
using PipelineBot.Host.Dialogs.Meetings;
using PipelineBot.Host.Proactive;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Schema;
using PipelineBot.Runtime.State;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// Runs the qualification script as one loop: ask the lead's next unanswered question, record and save the answer
/// (and any other answer the same sentence gives), start over. Which question comes next is the lead's business
/// (<see cref="QualificationScript.NextQuestionFor"/>), so a returning visitor resumes where they stopped and is never
/// asked twice. Personal questions wait for consent (<see cref="Lead.IsPersonalField"/>). When nothing is left the
/// visitor reviews a summary card, then the lead is qualified, the owning rep is notified, and the visitor hears a
/// line that fits the outcome; a new SQL is then offered a call with its rep (<see cref="ScheduleMeetingDialog"/>).
/// </summary>
public sealed partial class QualifyLeadDialog : InterruptibleDialog
{
    private const string LoopId = "qualifyLoop";
    private const string PromptPrefix = "qualifyPrompt.";
    private const string CurrentQuestionKey = "questionId";

    private readonly QualificationScript _script;
    private readonly QualificationContent _content;
    private readonly ILeadRepository _leads;
    private readonly LeadQualificationService _qualification;
    private readonly LeadNotifications _notifications;
    private readonly QualificationDefinition _definition;
    private readonly AnswerDisplay _display;
    private readonly VisitorSummaryCard _summaryCard;
    private readonly HandoffService _handoff;
    private readonly ConversationBook _conversations;
    private readonly QualifyLeadOptions _options;
    private readonly TimeProvider _time;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<QualifyLeadProgress> _progress;
    private readonly IStatePropertyAccessor<VisitorDetails> _pendingDetails;

    /// <summary>Creates the dialog over the loaded script, the lead store and the services a finished lead needs.</summary>
    public QualifyLeadDialog(
        IDialogText text,
        QualificationDefinition definition,
        ConversationState conversationState,
        ILeadRepository leads,
        LeadQualificationService qualification,
        LeadNotifications notifications,
        VisitorSummaryCard summaryCard,
        AnswerDisplay display,
        HandoffService handoff,
        ConversationBook conversations,
        ScheduleMeetingDialog scheduleMeeting,
        QualifyLeadOptions options,
        TimeProvider time)
        : base(nameof(QualifyLeadDialog), text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(conversationState);
        _script = definition.Script;
        _content = definition.Content;
        _leads = leads;
        _qualification = qualification;
        _notifications = notifications;
        _definition = definition;
        _display = display;
        _summaryCard = summaryCard;
        _handoff = handoff;
        _conversations = conversations;
        _options = options;
        _time = time;
        _conversationState = conversationState;
        State = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _progress = conversationState.CreateProperty<QualifyLeadProgress>(nameof(QualifyLeadProgress));
        _pendingDetails = conversationState.CreateProperty<VisitorDetails>(nameof(VisitorDetails));

        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, RecordStepAsync]));
        foreach (var question in _script.Questions)
        {
            AddDialog(PromptFor(question));
        }
        AddDialog(scheduleMeeting);
        AddReviewDialogs();
        AddEraseDialogs();
        InitialDialogId = LoopId;
    }

    /// <summary>Where the conversation keeps this dialog's stack; the bot runs the dialog with it.</summary>
    public IStatePropertyAccessor<DialogState> State { get; }

    /// <summary>
    /// Offers the visitor a call outside their own turn, as after a missed meeting, so their answer continues the
    /// booking. Whatever the conversation was waiting for is set aside: the offer is the newer question.
    /// </summary>
    public async Task OfferMeetingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await new DialogSet(State).Add(this).CreateContextAsync(turnContext, cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(Id, new ScheduleMeetingOptions(Offer: true), cancellationToken);
    }

    /// <summary>The visitor a turn comes from: their channel and user id, the only key to their own lead.</summary>
    public static VisitorKey VisitorOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = await ProgressAsync(step.Context, cancellationToken);
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        var question = NextQuestion(lead, progress);
        if (question is not null)
        {
            step.Values.Set(CurrentQuestionKey, question.Id);
            return await step.PromptAsync(PromptPrefix + question.Id, OptionsFor(question, step.Context.Activity.Locale), cancellationToken);
        }
        if (lead is { Status: LeadStatus.Engaged } && !progress.SummaryConfirmed)
        {
            return await step.BeginDialogAsync(ReviewId, null, cancellationToken);
        }
        return await FinishAsync(step, lead, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is ScheduleMeetingResult)
        {
            var lead = await FindLeadAsync(step.Context, cancellationToken);
            return await step.EndDialogAsync(new QualifyLeadResult(lead?.Id, lead?.Status ?? LeadStatus.New, lead?.Reasons ?? []), cancellationToken);
        }
        var progress = await ProgressAsync(step.Context, cancellationToken);
        if (step.Result is ReviewOutcome review)
        {
            progress.SummaryConfirmed = review.Confirmed;
            if (review.QuestionId is { } edit)
            {
                progress.RevisitQuestionIds.Insert(0, edit);
            }
            return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
        }
        var question = _script.Find(step.Values.Get<string>(CurrentQuestionKey) ?? string.Empty);
        var activity = step.Context.Activity;
        var value = question is null ? null : ValueOf(question, step.Result, activity);
        if (question is not null && value is not null && question.FindProblem(value) is null)
        {
            progress.RevisitQuestionIds.Remove(question.Id);
            await RecordAsync(step.Context, question, value, cancellationToken);
        }
        else
        {
            // Out of attempts: nothing is recorded, and the question waits for another conversation.
            if (question is not null)
            {
                progress.SkippedQuestionIds.Add(question.Id);
                progress.RevisitQuestionIds.Remove(question.Id);
            }
            await step.Context.SendActivityAsync(Text.Get("qualify.skipped", activity.Locale), cancellationToken: cancellationToken);
        }
        return await step.ReplaceDialogAsync(LoopId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, Lead? lead, CancellationToken cancellationToken)
    {
        var status = lead?.Status ?? LeadStatus.New;
        var reasons = lead?.Reasons ?? [];
        var qualifiedNow = false;
        // An MQL who asks for a demo or a quote later is qualified again: the request makes it sales-ready.
        if (lead is { Status: LeadStatus.Engaged } or { Status: LeadStatus.Mql, DemoRequested: true } or { Status: LeadStatus.Mql, QuoteRequested: true })
        {
            var result = await _qualification.QualifyAsync(lead, _script, cancellationToken);
            (status, reasons) = (result.Decision.Outcome, result.Decision.Reasons);
            qualifiedNow = status == LeadStatus.Sql;
            await _notifications.LeadQualifiedAsync(lead, result, cancellationToken);
        }
        var key = status switch
        {
            LeadStatus.Sql or LeadStatus.SalesAccepted => "qualify.outcome.sql",
            LeadStatus.Mql => "qualify.outcome.mql",
            _ => "qualify.outcome.cold",
        };
        await step.Context.SendActivityAsync(Text.Get(key, step.Context.Activity.Locale), cancellationToken: cancellationToken);
        await _progress.DeleteAsync(step.Context, cancellationToken);
        if (qualifiedNow)
        {
            return await step.BeginDialogAsync(nameof(ScheduleMeetingDialog), new ScheduleMeetingOptions(Offer: true), cancellationToken);
        }
        return await step.EndDialogAsync(new QualifyLeadResult(lead?.Id, status, reasons), cancellationToken);
    }

    private Task<Lead?> FindLeadAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _leads.GetByVisitorAsync(VisitorOf(context.Activity), cancellationToken);

    private async Task<QualifyLeadProgress> ProgressAsync(ITurnContext context, CancellationToken cancellationToken) =>
        (await _progress.GetAsync(context, () => new QualifyLeadProgress(), cancellationToken))!;

    private QualificationQuestion? NextQuestion(Lead? lead, QualifyLeadProgress progress)
    {
        var again = progress.RevisitQuestionIds.Select(_script.Find).FirstOrDefault(q => q is not null && MayAsk(q, lead));
        return again ?? _script.Questions.FirstOrDefault(q =>
            !progress.SkippedQuestionIds.Contains(q.Id) && MayAsk(q, lead) && lead?.HasAnswered(q.Id) != true && lead?.HasValueFor(q.Field) != true);
    }

    /// <summary>Personal questions wait for consent: without it their answers could not be kept, so they are not asked.</summary>
    private static bool MayAsk(QualificationQuestion question, Lead? lead) =>
        !Lead.IsPersonalField(question.Field) || lead is { HasConsent: true };
}
