using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>Asks a yes/no question with buttons in the user's language and understands that language's yes and no words.</summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    /// <summary>How the yes/no buttons are shown.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        ChoiceFactory.SendQuestionAsync(turnContext, options, isRetry, YesNo(LocaleOf(turnContext)), Style, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var locale = LocaleOf(turnContext);
        var text = turnContext.Activity.Text;
        // "1" and "2" pick the first and second button, as with any choice list. Only a pick by position counts:
        // a reply naming both ("yes and no") is ambiguous and must not become whichever title is longer.
        var answer = ConfirmRecognizer.Recognize(text, locale) ?? ChoiceRecognizer.Recognize(text, YesNo(locale), locale) switch
        {
            { Synonym: null, Index: 0 } => true,
            { Synonym: null, Index: 1 } => false,
            _ => (bool?)null,
        };
        return Task.FromResult(answer is { } value ? new PromptRecognizerResult<bool>(true, value) : new PromptRecognizerResult<bool>(false));
    }

    private static Choice[] YesNo(string locale)
    {
        var (yes, no) = ConfirmRecognizer.GetChoiceLabels(locale);
        return [new Choice(yes), new Choice(no)];
    }
}
