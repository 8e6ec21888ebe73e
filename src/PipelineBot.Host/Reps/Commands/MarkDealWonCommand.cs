namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Mark Acme won", "we won Acme".</summary>
/// <param name="Deal">The deal named.</param>
public sealed record MarkDealWonCommand(NameMatch Deal) : RepCommand;
