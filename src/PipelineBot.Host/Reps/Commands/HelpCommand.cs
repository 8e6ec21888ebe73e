namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Help", "what can you do": what the assistant understands.</summary>
public sealed record HelpCommand : RepCommand;
