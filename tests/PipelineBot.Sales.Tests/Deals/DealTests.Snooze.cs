using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Deals;

/// <summary>Snoozing the stuck warning: recorded, kept across a store round trip, ended by the next stage move.</summary>
public partial class DealTests
{
    [Fact]
    public void SnoozeStuckWarning_RecordsTheEndInTheHistory()
    {
        var deal = new DealBuilder(Epoch).Build();
        var until = Epoch.AddDays(8);

        deal.SnoozeStuckWarning(until, Alice, Epoch.AddDays(1));

        Assert.Equal(until, deal.StuckWarningSnoozedUntil);
        Assert.Equal(until, deal.ToSummary().StuckWarningSnoozedUntil);
        Assert.Equal(
            new DealChange(deal.Id, 2, DealChangeKind.StuckWarningSnoozed, null, "2025-03-11T09:00:00.0000000+00:00", Alice, Epoch.AddDays(1)),
            deal.History[^1]);
    }

    [Fact]
    public void SnoozeStuckWarning_Again_ReplacesTheEarlierOne()
    {
        var deal = new DealBuilder(Epoch).Build();
        deal.SnoozeStuckWarning(Epoch.AddDays(8), Alice, Epoch.AddDays(1));

        deal.SnoozeStuckWarning(Epoch.AddDays(3), Alice, Epoch.AddDays(2));

        Assert.Equal(Epoch.AddDays(3), deal.StuckWarningSnoozedUntil);
        Assert.Equal("2025-03-11T09:00:00.0000000+00:00", deal.History[^1].From);
    }

    [Fact]
    public void FromSnapshot_SnoozedDeal_KeepsTheSnooze()
    {
        var deal = new DealBuilder(Epoch).MoveTo("Qualification").Build();
        deal.SnoozeStuckWarning(Epoch.AddDays(8), Alice, Epoch.AddDays(1));

        Assert.Equal(Epoch.AddDays(8), Deal.FromSnapshot(deal.ToSnapshot()).StuckWarningSnoozedUntil);
    }

    [Fact]
    public void MoveTo_AfterASnooze_EndsIt_AlsoWhenReadBack()
    {
        var deal = new DealBuilder(Epoch).Build();
        deal.SnoozeStuckWarning(Epoch.AddDays(8), Alice, Epoch.AddDays(1));

        deal.MoveTo("Qualification", TestPipelines.Default(), Alice, Epoch.AddDays(2));

        Assert.Null(deal.StuckWarningSnoozedUntil);
        Assert.Null(Deal.FromSnapshot(deal.ToSnapshot()).StuckWarningSnoozedUntil);
    }

    [Fact]
    public void SnoozeStuckWarning_ClosedDealOrEndNotAfterNow_Throws()
    {
        var lost = new DealBuilder(Epoch).Lose().Build();
        var open = new DealBuilder(Epoch).Build();

        Assert.Throws<SalesDomainException>(() => lost.SnoozeStuckWarning(Epoch.AddDays(8), Alice, Epoch.AddDays(1)));
        Assert.Throws<SalesDomainException>(() => open.SnoozeStuckWarning(Epoch.AddDays(1), Alice, Epoch.AddDays(1)));
        Assert.Single(open.History);
    }
}
