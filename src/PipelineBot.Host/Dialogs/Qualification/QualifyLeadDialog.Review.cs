using PipelineBot.Host.Cards;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>The summary card at the end: the visitor confirms their answers or picks one to change.</summary>
public sealed partial class QualifyLeadDialog
{
    private const string ReviewId = "qualifyReview";
    private const string ReviewPromptId = "qualifyReviewPrompt";
    private const string PickAnswerPromptId = "qualifyPickAnswer";
    private const string EditableKey = "editable";

    private void AddReviewDialogs()
    {
        AddDialog(new ReviewAnswersPrompt(ReviewPromptId, Text));
        AddDialog(new ChoicePrompt(PickAnswerPromptId));
        AddDialog(new WaterfallDialog(ReviewId, [ShowSummaryStepAsync, PickAnswerStepAsync, EndReviewStepAsync]));
    }

    private async Task<DialogTurnResult> ShowSummaryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var locale = step.Context.Activity.Locale;
        var lead = await FindLeadAsync(step.Context, cancellationToken);
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Attachment(_summaryCard.Build(lead!, locale), Text.Get("qualify.review.intro", locale)),
            RetryPrompt = MessageFactory.Text(Text.Get("qualify.review.retry", locale)),
            Choices = [.. EditableAnswers(lead, locale).Select(c => new Choice(c.Id, [c.Title]))],
            MaxAttempts = _options.MaxAttempts,
        };
        return await step.PromptAsync(ReviewPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> PickAnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A visitor who cannot make the summary out after several tries is not held up: the answers stand as given.
        var outcome = step.Result as ReviewOutcome ?? ReviewOutcome.Confirm;
        if (outcome.Confirmed || outcome.QuestionId is not null)
        {
            return await step.EndDialogAsync(outcome, cancellationToken);
        }
        var locale = step.Context.Activity.Locale;
        var editable = EditableAnswers(await FindLeadAsync(step.Context, cancellationToken), locale);
        step.Values.Set(EditableKey, editable.Select(c => c.Id).ToList());
        return await step.PromptAsync(PickAnswerPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(Text.Get("qualify.review.pick", locale)),
            RetryPrompt = MessageFactory.Text(Text.Get("qualify.review.pick", locale)),
            Choices = [.. editable.Select(c => new Choice(c.Title, [c.Id]))],
            MaxAttempts = _options.MaxAttempts,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> EndReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ids = step.Values.Get<List<string>>(EditableKey) ?? [];
        var picked = step.Result is FoundChoice found && found.Index < ids.Count ? ids[found.Index] : null;
        // No pick: show the summary again rather than guess.
        return await step.EndDialogAsync(picked is null ? new ReviewOutcome(false, null) : ReviewOutcome.Edit(picked), cancellationToken);
    }

    /// <summary>The answers a visitor may change, by label in script order. Consent is not among them: withdrawing it is "delete my data".</summary>
    private List<LocalizedChoice> EditableAnswers(Lead? lead, string? locale) =>
    [
        .. _script.Questions
            .Where(q => q.Field != LeadField.Consent && lead?.Answers.TryGetValue(q.Id, out var answer) == true && answer.Value is not null)
            .Select(q => new LocalizedChoice(q.Id, _display.Label(q.Id, locale), [])),
    ];
}
