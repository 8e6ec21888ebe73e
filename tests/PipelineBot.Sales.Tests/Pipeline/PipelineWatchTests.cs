using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Deals;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Pipeline;

/// <summary>The checks end to end over a store: limits from the recent dwells, candidates per stage, the rules applied.</summary>
public sealed class PipelineWatchTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly InMemoryDealRepository _deals = new();
    private readonly InMemoryLeadRepository _leads = new();
    private readonly PipelineWatch _watch;

    public PipelineWatchTests()
    {
        var options = TestPipelines.Options();
        options.TimeZone = "UTC";
        _watch = new PipelineWatch(_deals, _leads, new PipelineCatalog(options), options, new FakeTimeProvider(Now));
        // Five finished deals that spent 1 day in Contact and 2 in Proposal: limits of 2 and 4 days.
        for (var i = 0; i < 5; i++)
        {
            _deals.Add(new DealBuilder(Now.AddDays(-60)).After(1).MoveTo("Proposal").After(2).Lose().Build());
        }
    }

    [Fact]
    public async Task FindStuckAsync_EveryoneOrOneRep_LongestPastTheirLimitFirst()
    {
        var alices = InProposalFor(5, "alice");
        InProposalFor(3, "alice");
        var bobs = InProposalFor(6, "bob");
        _deals.Add(new DealBuilder(Now.AddDays(-1)).Build());

        var everyone = await _watch.FindStuckAsync(null);
        var alice = await _watch.FindStuckAsync("alice");

        Assert.Equal([bobs.Id, alices.Id], everyone.Select(s => s.Deal.Id));
        Assert.Equal([alices.Id], alice.Select(s => s.Deal.Id));
        Assert.Equal([StuckBasis.MedianDwell], alice[0].Exceeded);
        Assert.Equal((TimeSpan.FromDays(2), TimeSpan.FromDays(4)), (alice[0].Limit.Median!.Value, alice[0].Limit.Effective!.Value));
    }

    [Fact]
    public async Task WhoToCallAsync_OnlyTheRepsDealsThatNeedAttention()
    {
        var overdue = new DealBuilder(Now.AddDays(-1), "alice").NextStep("call", new DateOnly(2025, 3, 19)).Build();
        var stuck = InProposalFor(5, "alice");
        var fine = new DealBuilder(Now.AddDays(-1), "alice").NextStep("call", new DateOnly(2025, 3, 21)).Build();
        InProposalFor(6, "bob");
        _deals.Add(overdue, fine);

        var calls = await _watch.WhoToCallAsync("alice");

        Assert.Equal([overdue.Id, stuck.Id], calls.Select(c => c.Deal.Id));
        Assert.Equal([AttentionReason.Stuck, AttentionReason.NoNextStep], calls[1].Reasons);
    }

    [Fact]
    public async Task WhoToCallAsync_Everyone_RanksEveryRepsDeals()
    {
        var alices = InProposalFor(5, "alice");
        var bobs = InProposalFor(6, "bob");

        var calls = await _watch.WhoToCallAsync(null);

        Assert.Equal([bobs.Id, alices.Id], calls.Select(c => c.Deal.Id));
    }

    [Fact]
    public async Task AssessAsync_OneDeal_TheSameReasonsAsTheReview()
    {
        var stuck = InProposalFor(5, "alice");
        var lost = new DealBuilder(Now.AddDays(-30), "alice").MoveTo("Proposal").Lose().Build();

        var assessed = await _watch.AssessAsync(stuck.ToSummary());

        Assert.Equal([AttentionReason.Stuck, AttentionReason.NoNextStep], assessed.Reasons);
        Assert.Equal(TimeSpan.FromDays(4), assessed.Stuck!.Limit.Effective);
        Assert.Empty((await _watch.AssessAsync(lost.ToSummary())).Reasons);
    }

    private Deal InProposalFor(int days, string owner)
    {
        var deal = new DealBuilder(Now.AddDays(-days - 1), owner).After(1).MoveTo("Proposal").Build();
        _deals.Add(deal);
        return deal;
    }
}
