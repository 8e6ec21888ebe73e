namespace PipelineBot.Runtime.Dialogs;

/// <summary>The outcome of a call on the dialog stack.</summary>
/// <param name="Status">Whether the stack is waiting, complete, cancelled or empty.</param>
/// <param name="Result">The value a completed dialog returned.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
