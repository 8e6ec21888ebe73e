namespace PipelineBot.Host.Reps.Commands;

/// <summary>"How many leads do I need for 100k a month?": the pipeline that reaches a revenue target.</summary>
/// <param name="Target">The amount to reach ("100k" is 100000); null when the rep named none.</param>
/// <param name="Currency">The ISO code of a currency said with the amount ("€100k"), else null.</param>
/// <param name="Per">The period the target is for; a month when none was said.</param>
public sealed record IdealPipelineCommand(decimal? Target, string? Currency, ReportingPeriod Per) : RepCommand;
