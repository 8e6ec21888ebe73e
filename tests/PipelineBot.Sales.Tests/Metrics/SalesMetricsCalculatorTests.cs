using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Metrics;

/// <summary>Every metric against values worked out by hand from <see cref="QuarterData"/>.</summary>
public sealed class SalesMetricsCalculatorTests
{
    private readonly QuarterData _data = new();
    private readonly SalesMetricsCalculator _calculator = new(new DealValuation(TestPipelines.Catalog(), "EUR"));

    private SalesMetrics Q2 => _calculator.Calculate(QuarterData.Q2, TestPipelines.Default(), _data.Deals, _data.Leads, QuarterData.Now);

    private SalesMetrics Q1 => _calculator.Calculate(QuarterData.Q2.Previous(), TestPipelines.Default(), _data.Deals, _data.Leads, QuarterData.Now);

    [Fact]
    public void Leads_CohortCreatedInThePeriod_FollowedToNow()
    {
        // Q2 leads: those of D1, D2, D4, D5, D6 and D9, all SQL (and MQL before), plus one MQL and one cold lead.
        // Customers: the leads of the won D1, D2 and D9.
        Assert.Equal((8, 7, 6, 3), (Q2.Leads, Q2.Mqls, Q2.Sqls, Q2.Customers));
        Assert.Equal((6m / 7m, 0.5m), (Q2.MqlToSqlRate, Q2.SqlToCustomerRate));
        // Q1: the leads of D3, D7 and D8; only D7 won.
        Assert.Equal((3, 3, 3, 1), (Q1.Leads, Q1.Mqls, Q1.Sqls, Q1.Customers));
    }

    [Fact]
    public void CloseRatio_WonOverWonAndLostInThePeriod()
    {
        // Q2 new business: D1 and D2 won, D3 (opened in Q1) and D4 lost; D9 is another pipeline's.
        Assert.Equal((2, 2, 0.5m), (Q2.Won, Q2.Lost, Q2.CloseRatio));
        Assert.Equal((1, 1, 0.5m), (Q1.Won, Q1.Lost, Q1.CloseRatio));
    }

    [Fact]
    public void AverageDealSize_MeanValueOfTheWonDeals()
    {
        Assert.Equal((10_000m + 20_000m) / 2, Q2.AverageDealSize);
        Assert.Equal(12_000m, Q1.AverageDealSize);
    }

    [Fact]
    public void SalesCycle_MeanDaysFromOpeningToWinning()
    {
        // D1 Apr 1 → May 1 and D2 Apr 10 → May 10: 30 days each.
        Assert.Equal(30m, Q2.SalesCycleDays);
    }

    [Fact]
    public void DealLifetime_MeanDaysFromOpeningToClosingWonOrLost()
    {
        // D1 30, D2 30, D3 Mar 1 → Apr 10 = 40, D4 May 1 → May 11 = 10.
        Assert.Equal((30m + 30m + 40m + 10m) / 4, Q2.AverageDealLifetimeDays);
        Assert.Equal(27.5m, Q2.AverageDealLifetimeDays);
    }

    [Fact]
    public void StageConversion_ClosedDealsThatReachedAndPassedEachStage()
    {
        // Furthest open stage: D1 and D2 won (past all), D3 Proposal, D4 Contact. D3 counts as past Meeting, which it skipped.
        Assert.Equal(
            [("Contact", 4, 3), ("Qualification", 3, 3), ("Meeting", 3, 3), ("Proposal", 3, 2), ("Negotiation", 2, 2)],
            Q2.StageConversions.Select(c => (c.Stage, c.Reached, c.Advanced)));
        Assert.Equal([0.75m, 1m, 1m, 2m / 3m, 1m], Q2.StageConversions.Select(c => c.Rate));
    }

    [Fact]
    public void OpenOpportunities_InAnOpenStageAtThePeriodsEndOrNow()
    {
        // Now: D5 (Meeting) and D6 (Contact). At the end of Q1: only D3 (Proposal); D1 opened at Q2's first instant.
        Assert.Equal((2, 1), (Q2.OpenOpportunities, Q1.OpenOpportunities));
    }

    [Fact]
    public void PipelineVelocity_OpportunitiesTimesWinRateTimesDealSizeOverCycleDays()
    {
        Assert.Equal(2 * 0.5m * 15_000m / 30m, Q2.PipelineVelocity);
        Assert.Equal(500m, Q2.PipelineVelocity);
        // Q1: 1 × 0.5 × 12,000 ÷ 30 (D7 Jan 10 → Feb 9).
        Assert.Equal(200m, Q1.PipelineVelocity);
    }

    [Fact]
    public void Report_VelocityChangeAgainstThePreviousPeriod()
    {
        var report = new SalesMetricsReport(Q2, Q1);

        Assert.Equal((300m, 1.5m), (report.VelocityChange, report.VelocityChangeRate));
    }

    [Fact]
    public void NothingClosed_RatiosAndVelocityAreUndefined()
    {
        var empty = _calculator.Calculate(QuarterData.Q2.Previous().Previous(), TestPipelines.Default(), _data.Deals, _data.Leads, QuarterData.Now);

        Assert.Equal((0, null, null, null, null, null), (empty.Leads, empty.CloseRatio, empty.AverageDealSize, empty.SalesCycleDays, empty.MqlToSqlRate, empty.PipelineVelocity));
        Assert.Null(new SalesMetricsReport(Q1, empty).VelocityChangeRate);
    }
}
