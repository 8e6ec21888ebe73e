namespace PipelineBot.Host.Reps.Commands;

/// <summary>"Forecast this quarter", "forecast for next month": the revenue the open deals are expected to bring.</summary>
/// <param name="Period">The period asked about; a month when none was said.</param>
/// <param name="Next">True for the next period ("next quarter"), false for the current one.</param>
public sealed record ForecastCommand(ReportingPeriod Period, bool Next) : RepCommand;
