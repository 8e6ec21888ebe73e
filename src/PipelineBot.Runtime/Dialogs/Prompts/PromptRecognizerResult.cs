namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
/// <param name="Succeeded">True when a value was recognised.</param>
/// <param name="Value">The recognised value.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
