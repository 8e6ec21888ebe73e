namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Mark Acme lost because they chose a competitor".</summary>
/// <param name="Deal">The deal named.</param>
/// <param name="Reason">What followed, without its "because"; null when the rep gave none.</param>
public sealed record MarkDealLostCommand(NameMatch Deal, string? Reason) : RepCommand;
