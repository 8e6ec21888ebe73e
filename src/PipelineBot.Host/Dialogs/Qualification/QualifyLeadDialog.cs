using System.Globalization;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// Runs the qualification script as one loop: ask the lead's next unanswered question, record and save the answer,
/// start over. Which question comes next is the lead's business (<see cref="QualificationScript.NextQuestionFor"/>),
/// so a returning visitor resumes where they stopped and is never asked twice. Questions filling a personal slot
/// (<see cref="Lead.IsPersonalField"/>) are asked only once the lead has consent; a visitor who declined (their "no"
/// is kept as the answer to the consent question) is asked the rest and never for contact details. When nothing is
/// left the lead is qualified and the visitor hears a line that fits the outcome.
/// </summary>
public sealed class QualifyLeadDialog : InterruptibleDialog
{
    private const string LoopId = "qualifyLoop";
    private const string PromptPrefix = "qualifyPrompt.";
    private const string CurrentQuestionKey = "questionId";

    private readonly QualificationScript _script;
    private readonly QualificationContent _content;
    private readonly ILeadRepository _leads;
    private readonly LeadQualificationService _qualification;
    private readonly QualifyLeadOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the dialog over the loaded script, the lead store and the qualification service.</summary>
    public QualifyLeadDialog(
        IDialogText text,
        QualificationDefinition definition,
        ILeadRepository leads,
        LeadQualificationService qualification,
        QualifyLeadOptions options,
        TimeProvider time)
        : base(nameof(QualifyLeadDialog), text)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _script = definition.Script;
        _content = definition.Content;
        _leads = leads;
        _qualification = qualification;
        _options = options;
        _time = time;

        AddDialog(new WaterfallDialog(LoopId, [AskStepAsync, RecordStepAsync]));
        foreach (var question in _script.Questions)
        {
            AddDialog(PromptFor(question));
        }
        InitialDialogId = LoopId;
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        if (activity.Type == ActivityTypes.Message && QuestionBeingAsked(innerDc) is { } question && AsksWhy(activity))
        {
            await innerDc.Context.SendActivityAsync(_content.Why(question.Id, activity.Locale), cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }
        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<QualifyLeadProgress>() ?? new QualifyLeadProgress();
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        var question = lead is null ? FirstNotSkipped(progress) : NextQuestion(lead, progress);
        if (question is null)
        {
            return await FinishAsync(step, lead, cancellationToken);
        }
        step.Values.Set(CurrentQuestionKey, question.Id);
        return await step.PromptAsync(PromptPrefix + question.Id, OptionsFor(question, step.Context.Activity.Locale), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.GetOptions<QualifyLeadProgress>() ?? new QualifyLeadProgress();
        var question = _script.Find(step.Values.Get<string>(CurrentQuestionKey) ?? string.Empty);
        var activity = step.Context.Activity;
        var value = question is null ? null : ValueOf(question, step.Result, activity);
        if (question is not null && value is not null && question.FindProblem(value) is null)
        {
            var now = _time.GetUtcNow();
            var lead = await FindLeadAsync(step.Context, cancellationToken) ?? Lead.Start(Guid.NewGuid(), VisitorOf(activity), now);
            lead.RecordAnswer(question, activity.Text ?? string.Empty, value, now);
            lead.RecordInteraction(now);
            await _leads.SaveAsync(lead, cancellationToken);
        }
        else
        {
            // Out of attempts: nothing is recorded, and the question waits for another conversation.
            if (question is not null)
            {
                progress.SkippedQuestionIds.Add(question.Id);
            }
            await step.Context.SendActivityAsync(Text.Get("qualify.skipped", activity.Locale), cancellationToken: cancellationToken);
        }
        return await step.ReplaceDialogAsync(LoopId, progress, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, Lead? lead, CancellationToken cancellationToken)
    {
        var status = lead?.Status ?? LeadStatus.New;
        var reasons = lead?.Reasons ?? [];
        if (lead is { Status: LeadStatus.Engaged })
        {
            var result = await _qualification.QualifyAsync(lead, _script, _options.FirstStageName, cancellationToken);
            (status, reasons) = (result.Decision.Outcome, result.Decision.Reasons);
        }
        var key = status switch
        {
            LeadStatus.Sql or LeadStatus.SalesAccepted => "qualify.outcome.sql",
            LeadStatus.Mql => "qualify.outcome.mql",
            _ => "qualify.outcome.cold",
        };
        await step.Context.SendActivityAsync(Text.Get(key, step.Context.Activity.Locale), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(new QualifyLeadResult(lead?.Id, status, reasons), cancellationToken);
    }

    private Task<Lead?> FindLeadAsync(ITurnContext context, CancellationToken cancellationToken) =>
        _leads.GetByVisitorAsync(VisitorOf(context.Activity), cancellationToken);

    private static VisitorKey VisitorOf(Activity activity) => new(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);

    private QualificationQuestion? NextQuestion(Lead lead, QualifyLeadProgress progress)
    {
        var next = _script.NextQuestionFor(lead);
        if (next is null || (!progress.SkippedQuestionIds.Contains(next.Id) && MayAsk(next, lead)))
        {
            return next;
        }
        return _script.Questions.FirstOrDefault(q =>
            !progress.SkippedQuestionIds.Contains(q.Id) && !lead.HasAnswered(q.Id) && !lead.HasValueFor(q.Field) && MayAsk(q, lead));
    }

    private QualificationQuestion? FirstNotSkipped(QualifyLeadProgress progress) =>
        _script.Questions.FirstOrDefault(q => !progress.SkippedQuestionIds.Contains(q.Id) && MayAsk(q, lead: null));

    /// <summary>Personal questions wait for consent: without it their answers could not be kept, so they are not asked.</summary>
    private static bool MayAsk(QualificationQuestion question, Lead? lead) =>
        !Lead.IsPersonalField(question.Field) || lead is { HasConsent: true };

    private QualificationQuestion? QuestionBeingAsked(DialogContext innerDc) =>
        innerDc.ActiveDialog?.Id is { } id && id.StartsWith(PromptPrefix, StringComparison.Ordinal)
            ? _script.Find(id[PromptPrefix.Length..])
            : null;

    private bool AsksWhy(Activity activity) =>
        activity.Text?.Trim().TrimEnd('.', '!').Trim() is { Length: > 0 } said
        && Text.Phrases("qualify.intent.why", activity.Locale).Any(p => string.Equals(p, said, StringComparison.OrdinalIgnoreCase));

    private PromptOptions OptionsFor(QualificationQuestion question, string? locale) => new()
    {
        Prompt = MessageFactory.Text(_content.Ask(question.Id, locale)),
        RetryPrompt = MessageFactory.Text(_content.Retry(question.Id, locale)),
        Choices = question.PromptType == PromptType.Choice
            ? [.. _content.Choices(question.Id, locale).Select(c => new Choice(c.Title, [.. c.Synonyms, c.Id]))]
            : null,
        MaxAttempts = _options.MaxAttempts,
    };

    private Dialog PromptFor(QualificationQuestion question)
    {
        var id = PromptPrefix + question.Id;
        return question.PromptType switch
        {
            PromptType.Number => new NumberPrompt<decimal>(id, (prompt, _) => Task.FromResult(
                SynonymValue(question, prompt.Context.Activity) is not null
                || (prompt.Recognized.Succeeded && question.FindProblem(Format(prompt.Recognized.Value)) is null))),
            PromptType.Choice => new ChoicePrompt(id),
            PromptType.Confirm => new ConfirmPrompt(id),
            _ => new TextPrompt(id, (prompt, _) => Task.FromResult(
                prompt.Recognized.Succeeded && question.FindProblem(prompt.Recognized.Value) is null)),
        };
    }

    /// <summary>The value the domain stores for what the prompt recognised, or null when the prompt gave up.</summary>
    private string? ValueOf(QualificationQuestion question, object? result, Activity activity) => question.PromptType switch
    {
        PromptType.Number => SynonymValue(question, activity) ?? (result is decimal number ? Format(number) : null),
        PromptType.Choice when result is FoundChoice found =>
            _content.Choices(question.Id, activity.Locale) is var choices && found.Index >= 0 && found.Index < choices.Count
                ? choices[found.Index].Id
                : null,
        PromptType.Confirm when result is bool yes => yes ? QualificationQuestion.Yes : QualificationQuestion.No,
        PromptType.Text or PromptType.Email => result as string,
        _ => null,
    };

    /// <summary>The number a phrase such as "no budget" stands for in the visitor's language, or null.</summary>
    private string? SynonymValue(QualificationQuestion question, Activity activity)
    {
        var said = activity.Text?.Trim().TrimEnd('.', '!').Trim();
        if (string.IsNullOrEmpty(said))
        {
            return null;
        }
        return _content.ValueSynonyms(question.Id, activity.Locale)
            .FirstOrDefault(v => v.Synonyms.Any(s => string.Equals(s, said, StringComparison.OrdinalIgnoreCase)))?.Value;
    }

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);
}
