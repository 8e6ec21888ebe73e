using System.Numerics;
using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Recognizers;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>
/// Asks for a number and understands it as the user's locale writes it ("50k", "$1.2M", "1 500 000", "1,5").
/// An answer that does not fit <typeparamref name="T"/> (a fraction for an integer, an overflow) is not recognised.
/// </summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        if (!NumberRecognizer.TryRecognize(turnContext.Activity.Text, LocaleOf(turnContext), out var value))
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false));
        }
        try
        {
            var converted = T.CreateChecked(value);
            var exact = decimal.CreateChecked(converted) == value;
            return Task.FromResult(exact ? new PromptRecognizerResult<T>(true, converted) : new PromptRecognizerResult<T>(false));
        }
        catch (OverflowException)
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false));
        }
    }
}
