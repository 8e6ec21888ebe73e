using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Metrics;

/// <summary>
/// What a deal counts for in reports: its value in the reporting currency, and that weighted by its stage's win
/// probability. The bot knows no exchange rates, so a deal valued in another currency counts as unvalued.
/// </summary>
public sealed class DealValuation(PipelineCatalog pipelines, string currency)
{
    /// <summary>The reporting currency.</summary>
    public string Currency => currency;

    /// <summary>A deal's amount when it is valued in the reporting currency; null otherwise.</summary>
    public decimal? ValueOf(Money? value) => value is not null && value.Currency == currency ? value.Amount : null;

    /// <summary>Value × the win probability of the deal's stage; 0 when unvalued or in a stage no longer configured.</summary>
    public decimal WeightedValueOf(DealSummary deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return (ValueOf(deal.Value) ?? 0m) * (pipelines.Find(deal.Pipeline, deal.Stage)?.WinProbability ?? 0m);
    }
}
