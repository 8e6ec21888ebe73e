using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Tests.Deals;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Metrics;

public sealed class PipelineSummaryTests
{
    private static readonly DateTimeOffset Epoch = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly DealValuation _valuation = new(TestPipelines.Catalog(), "EUR");

    [Fact]
    public void Of_OpenDeals_CountValueAndWeightedValueByStage()
    {
        Deal[] deals =
        [
            new DealBuilder(Epoch).Worth(1_000m).Build(),
            new DealBuilder(Epoch).Worth(3_000m).Build(),
            new DealBuilder(Epoch).Worth(10_000m).MoveTo("Proposal").Build(),
            new DealBuilder(Epoch).MoveTo("Proposal").Build(),
            new DealBuilder(Epoch).Worth(4_000m, "USD").MoveTo("Negotiation").Build(),
            new DealBuilder(Epoch).Worth(99_000m).Win().Build(),
            new DealBuilder(Epoch, pipeline: TestPipelines.Renewals).Worth(99_000m).Build(),
        ];

        var summary = PipelineSummary.Of(TestPipelines.Default(), deals.Select(d => d.ToSummary()), _valuation);

        Assert.Equal(
            [
                new StageSummary("Contact", 0.05m, 2, 4_000m, 200m),
                new StageSummary("Qualification", 0.1m, 0, 0m, 0m),
                new StageSummary("Meeting", 0.2m, 0, 0m, 0m),
                new StageSummary("Proposal", 0.5m, 2, 10_000m, 5_000m),
                new StageSummary("Negotiation", 0.75m, 1, 0m, 0m),
            ],
            summary.Stages);
        Assert.Equal((5, 14_000m, 5_200m, "EUR"), (summary.Deals, summary.Value, summary.WeightedValue, summary.Currency));
    }
}
