namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Move Acme to Proposal", "advance Acme": a deal to another stage.</summary>
/// <param name="Deal">The deal named.</param>
/// <param name="Stage">The stage named; null when none was ("advance Acme"), which means the next one.</param>
public sealed record AdvanceDealCommand(NameMatch Deal, NameMatch? Stage) : RepCommand;
