using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Tests.Deals;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Metrics;

public sealed class ForecastTests
{
    private static readonly DateTimeOffset Epoch = new(2025, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly DealValuation _valuation = new(TestPipelines.Catalog(), "EUR");

    [Fact]
    public void Of_OpenDealsExpectedInThePeriod_WeightedByStage()
    {
        Deal[] deals =
        [
            Expected(new DateOnly(2025, 6, 1), 8_000m, "Meeting"),
            Expected(new DateOnly(2025, 6, 30), 10_000m, "Negotiation"),
            Expected(new DateOnly(2025, 6, 15), 4_000m, "Proposal", "USD"),
            Expected(new DateOnly(2025, 5, 31), 50_000m, "Proposal"),
            Expected(new DateOnly(2025, 7, 1), 50_000m, "Proposal"),
            new DealBuilder(Epoch).Worth(50_000m).ExpectedClose(new DateOnly(2025, 6, 10)).Win().Build(),
            new DealBuilder(Epoch, pipeline: TestPipelines.Renewals).Worth(20_000m).ExpectedClose(new DateOnly(2025, 6, 20)).Build(),
        ];
        var june = ReportPeriod.Containing(ReportPeriodKind.Month, new DateOnly(2025, 6, 15), TimeZoneInfo.Utc);

        var forecast = Forecast.Of(june, deals.Select(d => d.ToSummary()), _valuation);

        // 8,000 × 0.2 + 10,000 × 0.75 + (USD: 0) + renewal 20,000 × 0.7.
        Assert.Equal((4, 38_000m, 1_600m + 7_500m + 14_000m), (forecast.Deals, forecast.Value, forecast.WeightedValue));
    }

    [Fact]
    public void Of_Quarter_CoversItsThreeMonths()
    {
        Deal[] deals = [Expected(new DateOnly(2025, 4, 1), 1_000m, "Proposal"), Expected(new DateOnly(2025, 6, 30), 1_000m, "Proposal"), Expected(new DateOnly(2025, 7, 1), 1_000m, "Proposal")];
        var quarter = ReportPeriod.Containing(ReportPeriodKind.Quarter, new DateOnly(2025, 5, 17), TimeZoneInfo.Utc);

        var forecast = Forecast.Of(quarter, deals.Select(d => d.ToSummary()), _valuation);

        Assert.Equal((2, 1_000m), (forecast.Deals, forecast.WeightedValue));
    }

    private static Deal Expected(DateOnly day, decimal value, string stage, string currency = "EUR") =>
        new DealBuilder(Epoch).Worth(value, currency).ExpectedClose(day).MoveTo(stage).Build();
}
