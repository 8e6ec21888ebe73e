using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Deals;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Metrics;

/// <summary>The reports end to end over stores holding <see cref="QuarterData"/>, for the team and for one rep.</summary>
public sealed class SalesReportsTests
{
    private readonly SalesReports _reports;

    public SalesReportsTests()
    {
        var data = new QuarterData();
        var deals = new InMemoryDealRepository();
        deals.Add([.. data.Deals]);
        var leads = new InMemoryLeadRepository();
        foreach (var lead in data.Leads)
        {
            leads.Add(lead);
        }
        var options = TestPipelines.Options();
        options.TimeZone = "UTC";
        _reports = new SalesReports(deals, leads, new PipelineCatalog(options), options, new FakeTimeProvider(QuarterData.Now));
    }

    [Fact]
    public async Task MeasureAsync_Team_ThisQuarterBesideTheLast()
    {
        var report = await _reports.MeasureAsync(ReportPeriodKind.Quarter, null);

        Assert.Equal(("2025-04-01..2025-07-01", "2025-01-01..2025-04-01"), (report.Current.Period.ToString(), report.Previous.Period.ToString()));
        Assert.Equal((500m, 200m, 300m), (report.Current.PipelineVelocity, report.Previous.PipelineVelocity, report.VelocityChange));
        Assert.Equal((8, 3), (report.Current.Leads, report.Current.Customers));
    }

    [Fact]
    public async Task MeasureAsync_OneRep_CountsOnlyTheirDealsAndLeads()
    {
        var report = await _reports.MeasureAsync(ReportPeriodKind.Quarter, "alice");

        // Q2: D1 won (10,000 in 30 days), D3 lost (40 days), D5 open; leads of D1, D5 and the renewal D9, two of them customers.
        var now = report.Current;
        Assert.Equal((1, 1, 10_000m, 30m, 35m, 1), (now.Won, now.Lost, now.AverageDealSize, now.SalesCycleDays, now.AverageDealLifetimeDays, now.OpenOpportunities));
        Assert.Equal(1 * 0.5m * 10_000m / 30m, now.PipelineVelocity);
        Assert.Equal((3, 2), (now.Leads, now.Customers));
        // Q1: D7 won (12,000 in 30 days), nothing lost, D3 open at the end.
        Assert.Equal((1m, 400m), (report.Previous.CloseRatio, report.Previous.PipelineVelocity));
    }

    [Fact]
    public async Task ForecastAsync_ThisMonth_WeightsTheOpenDealsExpectedInIt()
    {
        var forecast = await _reports.ForecastAsync(ReportPeriodKind.Month, null);

        // D5: 8,000 × 0.2 in Meeting; D6 is in dollars, counted without value.
        Assert.Equal(("2025-06-01..2025-07-01", 2, 8_000m, 1_600m), (forecast.Period.ToString(), forecast.Deals, forecast.Value, forecast.WeightedValue));
    }

    [Fact]
    public async Task ForecastAsync_NextMonth_CountsOnlyTheDealsExpectedThen()
    {
        var forecast = await _reports.ForecastAsync(_reports.CurrentPeriod(ReportPeriodKind.Month).Next(), null);

        Assert.Equal(("2025-07-01..2025-08-01", 0, 0m), (forecast.Period.ToString(), forecast.Deals, forecast.WeightedValue));
    }

    [Fact]
    public async Task ForecastAsync_ThisYear_CoversEveryQuarter()
    {
        var forecast = await _reports.ForecastAsync(ReportPeriodKind.Year, "alice");

        Assert.Equal(("2025-01-01..2026-01-01", 1, 1_600m), (forecast.Period.ToString(), forecast.Deals, forecast.WeightedValue));
    }

    [Fact]
    public async Task SummarizeAsync_OneRepOrAnotherPipeline()
    {
        var bobs = await _reports.SummarizeAsync("bob");
        var renewals = await _reports.SummarizeAsync(null, TestPipelines.Renewals);

        Assert.Equal((1, 1, 0m), (bobs.Deals, bobs.Stages[0].Deals, bobs.Value));
        Assert.Equal((TestPipelines.Renewals, 0, 2), (renewals.Pipeline, renewals.Deals, renewals.Stages.Count));
    }
}
