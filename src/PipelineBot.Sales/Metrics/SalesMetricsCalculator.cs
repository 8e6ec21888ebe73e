using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Metrics;

/// <summary>
/// Computes <see cref="SalesMetrics"/> from the deals and leads a store returned: pure arithmetic, so every formula is
/// tested on fixed data. Lead figures follow the cohort of leads created in the period to where they are now; deal
/// figures count the deals won or lost in the period.
/// </summary>
public sealed class SalesMetricsCalculator(DealValuation valuation)
{
    /// <summary>Measures the period.</summary>
    /// <param name="period">The month or quarter.</param>
    /// <param name="pipeline">The pipeline whose deals the deal figures count.</param>
    /// <param name="deals">At least every deal open now or closed since the period began, of any pipeline.</param>
    /// <param name="leads">At least every lead created in the period; others are ignored.</param>
    /// <param name="now">The current time, for a period that has not ended.</param>
    public SalesMetrics Calculate(ReportPeriod period, SalesPipeline pipeline, IReadOnlyCollection<Deal> deals, IReadOnlyCollection<Lead> leads, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(leads);
        var cohort = leads.Where(l => period.Contains(l.CreatedAt)).ToList();
        var wonDeals = deals.Where(d => d.Outcome == DealOutcome.Won).Select(d => d.Id).ToHashSet();
        var inPipeline = deals.Where(d => string.Equals(d.Pipeline, pipeline.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        var closed = inPipeline.Where(d => d.Outcome != DealOutcome.Open && d.ClosedAt is { } at && period.Contains(at)).ToList();
        var won = closed.Where(d => d.Outcome == DealOutcome.Won).ToList();
        var wonValues = won.Select(d => valuation.ValueOf(d.Value)).OfType<decimal>().ToList();
        // The last instant of the period: a change at its end instant belongs to the next one.
        var asOf = now < period.EndsAt ? now : period.EndsAt.AddTicks(-1);
        return new SalesMetrics
        {
            Period = period,
            Pipeline = pipeline.Name,
            Currency = valuation.Currency,
            Leads = cohort.Count,
            Mqls = cohort.Count(l => Reached(l, LeadStatus.Mql)),
            Sqls = cohort.Count(l => Reached(l, LeadStatus.Sql)),
            Customers = cohort.Count(l => l.DealId is { } id && wonDeals.Contains(id)),
            Won = won.Count,
            Lost = closed.Count - won.Count,
            AverageDealSize = wonValues.Count == 0 ? null : wonValues.Average(),
            SalesCycleDays = AverageDays(won),
            AverageDealLifetimeDays = AverageDays(closed),
            StageConversions = Conversions(pipeline, closed),
            OpenOpportunities = inPipeline.Count(d => d.StageAt(asOf) is { } stage && pipeline.Find(stage) is { IsOpen: true }),
        };
    }

    private static bool Reached(Lead lead, LeadStatus status) => lead.History.Any(change => change.To == status);

    private static decimal? AverageDays(List<Deal> closed) =>
        closed.Count == 0 ? null : closed.Average(d => (decimal)(d.ClosedAt!.Value - d.OpenedAt).Ticks / TimeSpan.TicksPerDay);

    private static List<StageConversion> Conversions(SalesPipeline pipeline, List<Deal> closed)
    {
        var furthest = closed.Select(deal => Furthest(pipeline, deal)).ToList();
        return [.. pipeline.OpenStages.Select(stage =>
            new StageConversion(stage.Name, furthest.Count(f => f >= stage.Position), furthest.Count(f => f > stage.Position)))];
    }

    /// <summary>The position of the furthest open stage the deal entered; a won deal went past them all.</summary>
    private static int Furthest(SalesPipeline pipeline, Deal deal) =>
        deal.Outcome == DealOutcome.Won
            ? int.MaxValue
            : deal.History.Where(c => c.EntersStage).Select(c => pipeline.Find(c.To)).Where(s => s is { IsOpen: true }).Select(s => s!.Position).DefaultIfEmpty(-1).Max();
}
