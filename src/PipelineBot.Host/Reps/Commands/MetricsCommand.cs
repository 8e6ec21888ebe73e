namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Metrics", "what's our pipeline velocity?".</summary>
/// <param name="Metric">The metric named, or all of them.</param>
public sealed record MetricsCommand(PipelineMetric Metric) : RepCommand;
