using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Deals;

namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class StuckRuleTests
{
    private static readonly DateTimeOffset Epoch = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private readonly StuckRule _rule = new(new StuckDealOptions { MedianMultiple = 2m, MinimumDwells = 5 });
    private readonly PipelineStage _proposal = TestPipelines.Default().Get("Proposal");

    [Fact]
    public void LimitFor_FewerDwellsThanTheMinimum_OnlyTheConfiguredLimit()
    {
        var limit = _rule.LimitFor(_proposal, Days(1, 2, 3, 4));

        Assert.Equal(new StageLimit(_proposal, TimeSpan.FromDays(14), null, 4, null), limit);
        Assert.Equal(TimeSpan.FromDays(14), limit.Effective);
    }

    [Fact]
    public void LimitFor_OddCount_TwiceTheMiddleDwellWhenShorter()
    {
        // Sorted 1, 2, 3, 4, 10: the median is 3 days, twice that is 6, under the configured 14.
        var limit = _rule.LimitFor(_proposal, Days(10, 1, 3, 2, 4));

        Assert.Equal((TimeSpan.FromDays(3), 5, TimeSpan.FromDays(6), TimeSpan.FromDays(6)), (limit.Median, limit.Dwells, limit.MedianLimit, limit.Effective));
    }

    [Fact]
    public void LimitFor_EvenCount_MeanOfTheTwoMiddleDwells()
    {
        // Sorted 1 … 6: the median is (3 + 4) ÷ 2 = 3.5 days, twice that is 7.
        var limit = _rule.LimitFor(_proposal, Days(6, 5, 4, 3, 2, 1));

        Assert.Equal((TimeSpan.FromDays(3.5), TimeSpan.FromDays(7)), (limit.Median, limit.MedianLimit));
    }

    [Fact]
    public void LimitFor_SlowStage_TheConfiguredLimitIsTheShorter()
    {
        var limit = _rule.LimitFor(_proposal, Days(10, 10, 10, 10, 10));

        Assert.Equal((TimeSpan.FromDays(20), TimeSpan.FromDays(14)), (limit.MedianLimit, limit.Effective));
    }

    [Fact]
    public void LimitFor_ZeroMedian_GivesNoMedianLimit()
    {
        Assert.Null(_rule.LimitFor(_proposal, Days(0, 0, 0, 1, 2)).MedianLimit);
    }

    [Fact]
    public void LimitFor_StageWithoutStuckAfterOrHistory_NeverStuck()
    {
        var stage = _proposal with { StuckAfter = null };

        Assert.Null(_rule.LimitFor(stage, Days(1)).Effective);
    }

    [Fact]
    public void LimitFor_ClosedStage_HasNoLimits()
    {
        Assert.Null(_rule.LimitFor(TestPipelines.Default().Get("Closed Won"), Days(1, 1, 1, 1, 1)).Effective);
    }

    [Theory]
    [InlineData(6.0, new StuckBasis[0])]
    [InlineData(6.5, new[] { StuckBasis.MedianDwell })]
    [InlineData(15.0, new[] { StuckBasis.ConfiguredLimit, StuckBasis.MedianDwell })]
    public void Check_TimeInStage_ExceedingEachLimitStrictly(double daysInStage, StuckBasis[] expected)
    {
        var deal = InProposalSince(Epoch);
        var limit = _rule.LimitFor(_proposal, Days(1, 2, 3, 4, 10));

        var stuck = StuckRule.Check(deal, limit, Epoch.AddDays(daysInStage));

        Assert.Equal(expected, stuck?.Exceeded ?? []);
    }

    [Fact]
    public void Check_StuckDeal_SaysWhyInWords()
    {
        var stuck = StuckRule.Check(InProposalSince(Epoch), _rule.LimitFor(_proposal, Days(1, 2, 3, 4, 10)), Epoch.AddDays(16))!;

        Assert.Equal(TimeSpan.FromDays(16), stuck.InStage);
        Assert.Equal("in Proposal for 16 days, over the 14 days configured for it and over 2 × its median of 3 days (last 5 deals)", stuck.Describe());
    }

    [Fact]
    public void Check_DealInAnotherStageOrClosed_IsNotStuck()
    {
        var limit = _rule.LimitFor(_proposal, []);
        var lost = new DealBuilder(Epoch).MoveTo("Proposal").Lose().Build();

        Assert.Null(StuckRule.Check(new DealBuilder(Epoch).Build().ToSummary(), limit, Epoch.AddDays(30)));
        Assert.Null(StuckRule.Check(lost.ToSummary(), limit, Epoch.AddDays(30)));
    }

    [Fact]
    public void Check_SnoozedDeal_IsNotStuckUntilTheSnoozeEnds()
    {
        var deal = new DealBuilder(Epoch.AddDays(-1)).At(Epoch).MoveTo("Proposal").Build();
        deal.SnoozeStuckWarning(Epoch.AddDays(20), Actor.Rep("alice"), Epoch.AddDays(15));
        var limit = _rule.LimitFor(_proposal, []);

        Assert.Null(StuckRule.Check(deal.ToSummary(), limit, Epoch.AddDays(16)));
        Assert.Null(StuckRule.Check(deal.ToSummary(), limit, Epoch.AddDays(19.9)));
        Assert.NotNull(StuckRule.Check(deal.ToSummary(), limit, Epoch.AddDays(20)));
    }

    private static DealSummary InProposalSince(DateTimeOffset at) => new DealBuilder(at.AddDays(-1)).At(at).MoveTo("Proposal").Build().ToSummary();

    private static TimeSpan[] Days(params double[] days) => [.. days.Select(TimeSpan.FromDays)];
}
