using PipelineBot.Runtime.Dialogs.Recognizers;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>What a prompt asks, what it says after an answer it cannot use, and what it offers.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Said after an unusable answer; the question is repeated when absent.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a choice prompt.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; <see cref="ListStyle.Auto"/> picks what the channel supports.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Extra data for the validator, such as bounds.</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// After this many unusable answers the prompt gives up and ends with a null result, so the dialog can offer
    /// another way forward instead of asking forever. Null asks until answered.
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>The message to send: the retry prompt after an unusable answer when there is one, else the question.</summary>
    internal Activity? QuestionFor(bool isRetry) => isRetry && RetryPrompt is not null ? RetryPrompt : Prompt;
}
