using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty message is an answer unless the validator says otherwise.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text?.Trim() : null;
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? new PromptRecognizerResult<string>(false)
            : new PromptRecognizerResult<string>(true, text));
    }
}
