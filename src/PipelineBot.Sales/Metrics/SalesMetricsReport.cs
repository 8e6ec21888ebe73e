namespace PipelineBot.Sales.Metrics;

/// <summary>A period's metrics beside the previous period's, and how pipeline velocity changed between them.</summary>
/// <param name="Current">This month or quarter.</param>
/// <param name="Previous">The one before.</param>
public sealed record SalesMetricsReport(SalesMetrics Current, SalesMetrics Previous)
{
    /// <summary>Current velocity − previous velocity; null when either is undefined.</summary>
    public decimal? VelocityChange => Current.PipelineVelocity - Previous.PipelineVelocity;

    /// <summary>The change as a fraction of the previous velocity (0.25 = 25% faster); null when that was zero or undefined.</summary>
    public decimal? VelocityChangeRate => Previous.PipelineVelocity is { } before && before != 0m ? VelocityChange / before : null;
}
