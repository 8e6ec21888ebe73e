using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>Offers choices and recognises the pick by title, synonym, number or a close misspelling; the result is a <see cref="FoundChoice"/>.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>How choices are shown when the options do not say.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        ChoiceFactory.SendQuestionAsync(turnContext, options, isRetry, options.Choices ?? [], Style, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, [.. options.Choices ?? []], LocaleOf(turnContext));
        return Task.FromResult(found is null ? new PromptRecognizerResult<FoundChoice>(false) : new PromptRecognizerResult<FoundChoice>(true, found));
    }
}
