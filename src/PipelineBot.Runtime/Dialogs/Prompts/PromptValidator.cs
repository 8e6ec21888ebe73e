namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>Decides whether a recognised answer is acceptable; a validator that sends its own message replaces the retry prompt.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
