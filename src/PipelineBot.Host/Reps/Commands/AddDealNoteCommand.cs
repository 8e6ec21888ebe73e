namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Add a note to Acme: wants a discount for two years".</summary>
/// <param name="Deal">The deal named.</param>
/// <param name="Note">The note as the rep typed it.</param>
public sealed record AddDealNoteCommand(NameMatch Deal, string Note) : RepCommand;
