using PipelineBot.Sales.Deals;

namespace PipelineBot.Sales.Metrics;

/// <summary>The weighted forecast for a month or quarter: open deals expected to close in it, each weighted by its stage's win probability.</summary>
/// <param name="Period">The period.</param>
/// <param name="Currency">The currency of the values.</param>
/// <param name="Deals">Open deals whose expected close date falls in the period.</param>
/// <param name="Value">Their summed value.</param>
/// <param name="WeightedValue">Σ value × stage win probability: the forecast.</param>
public sealed record Forecast(ReportPeriod Period, string Currency, int Deals, decimal Value, decimal WeightedValue)
{
    /// <summary>Forecasts the period from <paramref name="deals"/>; closed ones and those expected outside it are ignored.</summary>
    public static Forecast Of(ReportPeriod period, IEnumerable<DealSummary> deals, DealValuation valuation)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(valuation);
        var expected = deals.Where(d => d.Outcome == DealOutcome.Open && d.ExpectedClose is { } day && period.Contains(day)).ToList();
        return new Forecast(
            period, valuation.Currency, expected.Count, expected.Sum(d => valuation.ValueOf(d.Value) ?? 0m), expected.Sum(valuation.WeightedValueOf));
    }
}
