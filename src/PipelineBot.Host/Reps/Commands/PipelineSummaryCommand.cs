namespace PipelineBot.Host.Reps.Commands;

/// <summary>"My pipeline", "pipeline summary by stage": the open deals counted and valued per stage.</summary>
public sealed record PipelineSummaryCommand : RepCommand;
