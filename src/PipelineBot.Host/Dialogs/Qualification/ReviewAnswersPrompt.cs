using PipelineBot.Host.Bots;
using PipelineBot.Host.Cards;
using PipelineBot.Host.Content;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Host.Dialogs.Qualification;

/// <summary>
/// Waits for the visitor's verdict on the summary card: its Confirm and Edit buttons, or the same in words ("yes",
/// "the budget"). The answers that may be edited are the prompt's choices (value: question id, synonym: its label),
/// so card data naming any other question is ignored.
/// </summary>
public sealed class ReviewAnswersPrompt(string dialogId, IDialogText text) : Prompt<ReviewOutcome>(dialogId)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<ReviewOutcome>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var editable = options.Choices?.ToList() ?? [];
        var outcome = CardSubmit.From(activity) switch
        {
            { Action: CardActions.SummaryConfirm } => ReviewOutcome.Confirm,
            { Action: CardActions.SummaryEdit } submit => ReviewOutcome.Edit(editable.FirstOrDefault(c => c.Value == submit.Field(CardActions.QuestionIdField))?.Value),
            null => FromWords(activity.Text, activity.Locale, editable),
            _ => null,
        };
        return Task.FromResult(new PromptRecognizerResult<ReviewOutcome>(outcome is not null, outcome));
    }

    private ReviewOutcome? FromWords(string? said, string? locale, List<Choice> editable)
    {
        if (string.IsNullOrWhiteSpace(said))
        {
            return null;
        }
        // Naming an answer ("the budget") is the clearest; a plain yes or no decides only when nothing is named.
        if (ChoiceRecognizer.Recognize(said, editable, locale) is { } named)
        {
            return ReviewOutcome.Edit(named.Value);
        }
        if (text.Phrases("qualify.intent.edit", locale).Any(p => said.Contains(p, StringComparison.OrdinalIgnoreCase)))
        {
            return ReviewOutcome.Edit(null);
        }
        return ConfirmRecognizer.Recognize(said, locale) switch
        {
            true => ReviewOutcome.Confirm,
            false => ReviewOutcome.Edit(null),
            null => null,
        };
    }
}
