using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Pipeline;

namespace PipelineBot.Sales.Metrics;

/// <summary>
/// The pipeline summary, forecast and sales metrics reps and managers ask for, for one rep or (null) the team:
/// reads through the repositories, computes with <see cref="PipelineSummary"/>, <see cref="Forecast"/> and
/// <see cref="SalesMetricsCalculator"/>. <see cref="IdealPipeline.Calculate"/> then sizes a target from the metrics.
/// </summary>
public sealed class SalesReports
{
    private readonly IDealRepository _deals;
    private readonly ILeadRepository _leads;
    private readonly PipelineCatalog _pipelines;
    private readonly DealValuation _valuation;
    private readonly SalesMetricsCalculator _calculator;
    private readonly CompanyClock _clock;

    /// <summary>Creates the reports over the stores, the configured pipelines and the clock.</summary>
    public SalesReports(IDealRepository deals, ILeadRepository leads, PipelineCatalog pipelines, PipelineOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_deals, _leads, _pipelines) = (deals, leads, pipelines);
        _valuation = new DealValuation(pipelines, options.Currency);
        _calculator = new SalesMetricsCalculator(_valuation);
        _clock = new CompanyClock(time, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
    }

    /// <summary>The open deals of the pipeline (the default when null) by stage.</summary>
    public async Task<PipelineSummary> SummarizeAsync(string? ownerRepId, string? pipeline = null, CancellationToken cancellationToken = default)
    {
        var chosen = pipeline is null ? _pipelines.Default : _pipelines.Get(pipeline);
        return PipelineSummary.Of(chosen, await _deals.FindOpenAsync(ownerRepId, cancellationToken), _valuation);
    }

    /// <summary>The month, quarter or year it is now in the company's time zone; <see cref="ReportPeriod.Next"/> looks ahead.</summary>
    public ReportPeriod CurrentPeriod(ReportPeriodKind kind) => _clock.PeriodOf(kind, _clock.Now());

    /// <summary>The weighted forecast for the current month, quarter or year, over every pipeline.</summary>
    public Task<Forecast> ForecastAsync(ReportPeriodKind kind, string? ownerRepId, CancellationToken cancellationToken = default) =>
        ForecastAsync(CurrentPeriod(kind), ownerRepId, cancellationToken);

    /// <summary>The weighted forecast for any period, e.g. next quarter, over every pipeline.</summary>
    public async Task<Forecast> ForecastAsync(ReportPeriod period, string? ownerRepId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var expected = await _deals.FindOpenExpectedToCloseAsync(period.Start, period.End, ownerRepId, cancellationToken);
        return Forecast.Of(period, expected, _valuation);
    }

    /// <summary>The current month's or quarter's metrics for the pipeline (the default when null), beside the previous period's.</summary>
    public async Task<SalesMetricsReport> MeasureAsync(
        ReportPeriodKind kind, string? ownerRepId, string? pipeline = null, CancellationToken cancellationToken = default)
    {
        var chosen = pipeline is null ? _pipelines.Default : _pipelines.Get(pipeline);
        var now = _clock.Now();
        var current = _clock.PeriodOf(kind, now);
        var previous = current.Previous();
        var deals = await _deals.FindOpenOrClosedSinceAsync(previous.StartsAt, ownerRepId, cancellationToken);
        var leads = (await _leads.FindCreatedBetweenAsync(previous.StartsAt, current.EndsAt, cancellationToken))
            .Where(l => ownerRepId is null || l.OwnerRepId == ownerRepId)
            .ToList();
        return new SalesMetricsReport(
            _calculator.Calculate(current, chosen, deals, leads, now),
            _calculator.Calculate(previous, chosen, deals, leads, now));
    }
}
