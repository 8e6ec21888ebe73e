namespace PipelineBot.Sales.Metrics;

/// <summary>
/// How big the pipeline must be to reach a revenue target: target ÷ average deal size = sales needed; ÷ close rate =
/// leads needed; ÷ reps = leads per rep. Each step rounds up, since nobody closes 2.3 deals.
/// </summary>
/// <param name="Target">The revenue target.</param>
/// <param name="AverageDealSize">The average won deal.</param>
/// <param name="CloseRate">The share of closed deals that are won, above 0 and at most 1.</param>
/// <param name="Reps">How many reps share the work.</param>
/// <param name="SalesNeeded">⌈target ÷ average deal size⌉.</param>
/// <param name="LeadsNeeded">⌈sales needed ÷ close rate⌉.</param>
/// <param name="LeadsPerRep">⌈leads needed ÷ reps⌉.</param>
public sealed record IdealPipeline(
    decimal Target, decimal AverageDealSize, decimal CloseRate, int Reps, int SalesNeeded, int LeadsNeeded, int LeadsPerRep)
{
    /// <summary>Works the sizes out, e.g. from a <see cref="SalesMetrics"/>' average deal size and close ratio.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is out of range: the target negative, the average deal not positive, the rate outside (0, 1] or no reps.</exception>
    public static IdealPipeline Calculate(decimal target, decimal averageDealSize, decimal closeRate, int reps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(target);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(averageDealSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(closeRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(closeRate, 1m);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reps);
        var sales = (int)Math.Ceiling(target / averageDealSize);
        var leads = (int)Math.Ceiling(sales / closeRate);
        var perRep = (int)Math.Ceiling((decimal)leads / reps);
        return new IdealPipeline(target, averageDealSize, closeRate, reps, sales, leads, perRep);
    }
}
