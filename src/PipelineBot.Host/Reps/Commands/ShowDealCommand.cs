namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Show Acme", "how is Acme doing?": one deal in detail.</summary>
/// <param name="Deal">The deal named.</param>
public sealed record ShowDealCommand(NameMatch Deal) : RepCommand;
