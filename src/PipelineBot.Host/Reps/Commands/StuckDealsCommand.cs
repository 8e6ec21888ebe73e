namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Which deals are stuck?": the deals that have sat in their stage longer than the stage allows.</summary>
public sealed record StuckDealsCommand : RepCommand;
