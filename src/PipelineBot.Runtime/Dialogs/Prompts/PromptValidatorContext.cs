using PipelineBot.Runtime.Builder;

namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, the recognised value, the prompt's options and how often it has been answered.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, DialogValues state, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        State = state;
        AttemptCount = attemptCount;
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt recognised in the answer.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>The prompt's persisted state, for validators that remember across attempts.</summary>
    public DialogValues State { get; }

    /// <summary>How many answers the prompt has had, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}
