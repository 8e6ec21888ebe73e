using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Storage.Deals;

namespace PipelineBot.Storage.Tests.Deals;

/// <summary>The queries behind the pipeline checks and reports, and that they are served by indexes.</summary>
public sealed partial class LiteDbDealRepositoryTests
{
    [Fact]
    public async Task FindOpenAsync_OwnerOrEveryone_OnlyOpenDeals()
    {
        var alices = await StoreAsync("alice", Epoch);
        var bobs = await StoreAsync("bob", Epoch);
        await StoreAsync("alice", Epoch, d => d.Win("signed", TestDeals.Pipeline, Alice, Epoch.AddDays(1)));
        var nobodys = await StoreAsync(null, Epoch);

        Assert.Equal([alices.Id], Ids(await _deals.FindOpenAsync("alice")));
        Assert.Equal(Sorted(alices.Id, bobs.Id, nobodys.Id), Ids(await _deals.FindOpenAsync(null)));
    }

    [Fact]
    public async Task FindOpenAsync_ReadsTheSummaryTheAggregateGives()
    {
        var deal = await StoreAsync("alice", Epoch, d =>
        {
            d.SetValue(new Money(900m, "EUR"), Alice, Epoch);
            d.SetExpectedClose(new DateOnly(2025, 4, 1), Alice, Epoch);
            d.SetExpectedClose(new DateOnly(2025, 5, 1), Alice, Epoch.AddDays(1));
            d.MoveTo("Meeting", TestDeals.Pipeline, Alice, Epoch.AddDays(2));
            d.SetNextStep("demo", new DateOnly(2025, 3, 10), Alice, Epoch.AddDays(2));
            d.SnoozeStuckWarning(Epoch.AddDays(10), Alice, Epoch.AddDays(3));
            d.AddNote("keen", Alice, Epoch.AddDays(3));
        });

        Assert.Equal(deal.ToSummary(), Assert.Single(await _deals.FindOpenAsync("alice")));
    }

    [Fact]
    public async Task FindEnteredStageBeforeAsync_OnlyThatStageEnteredStrictlyBefore()
    {
        var early = await StoreAsync("alice", Epoch, d => d.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(1)));
        await StoreAsync("alice", Epoch, d => d.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(5)));
        var bobs = await StoreAsync("bob", Epoch, d => d.MoveTo("Proposal", TestDeals.Pipeline, Actor.Rep("bob"), Epoch.AddDays(2)));
        await StoreAsync("alice", Epoch, d => d.MoveTo("Meeting", TestDeals.Pipeline, Alice, Epoch.AddDays(1)));
        await StoreAsync("alice", Epoch, d =>
        {
            d.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(1));
            d.Lose("no budget", TestDeals.Pipeline, Alice, Epoch.AddDays(3));
        });

        var everyone = await _deals.FindEnteredStageBeforeAsync("New business", "Proposal", Epoch.AddDays(5), null);
        var alice = await _deals.FindEnteredStageBeforeAsync("New business", "Proposal", Epoch.AddDays(5), "alice");

        Assert.Equal(Sorted(early.Id, bobs.Id), Ids(everyone));
        Assert.Equal([early.Id], Ids(alice));
    }

    [Fact]
    public void EnteredStageBefore_IsARangeOnTheCompositeIndex()
    {
        var everyone = _deals.EnteredStageBefore("New business", "Proposal", Epoch, null).GetPlan()["index"];
        var alice = _deals.EnteredStageBefore("New business", "Proposal", Epoch, "alice").GetPlan()["index"];

        Assert.Equal(DealIndexKeys.StageSince, everyone["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", everyone["mode"].AsString, StringComparison.Ordinal);
        Assert.Equal(DealIndexKeys.OwnerStageSince, alice["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", alice["mode"].AsString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRecentDwellsAsync_NewestFirstAndAtMostCount()
    {
        foreach (var days in new[] { 3, 1, 2 })
        {
            // Each deal leaves Contact later than the one before, after staying the given days.
            var left = Epoch.AddDays(10 * days);
            await StoreAsync("alice", left.AddDays(-days), d => d.MoveTo("Qualification", TestDeals.Pipeline, Alice, left));
        }
        // Through Contact at once, then the latest dwell of all, but in Meeting.
        await StoreAsync("alice", Epoch, d =>
        {
            d.MoveTo("Meeting", TestDeals.Pipeline, Alice, Epoch);
            d.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(100));
        });

        var recent = await _deals.GetRecentDwellsAsync("New business", "Contact", 2);

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromDays(2)], recent);
        Assert.Equal([3, 2, 1, 0], (await _deals.GetRecentDwellsAsync("New business", "Contact", 10)).Select(d => d.TotalDays));
        Assert.Equal([TimeSpan.FromDays(100)], await _deals.GetRecentDwellsAsync("New business", "Meeting", 10));
    }

    [Fact]
    public void RecentDwells_ReadsTheIndexNewestFirstWithoutSorting()
    {
        var plan = _deals.RecentDwells("New business", "Contact", 200).GetPlan();

        Assert.Equal((DwellDocument.Key, -1), (plan["index"]["name"].AsString, plan["index"]["order"].AsInt32));
        Assert.StartsWith("INDEX RANGE SCAN", plan["index"]["mode"].AsString, StringComparison.Ordinal);
        Assert.False(plan.ContainsKey("orderBy"));
        Assert.Equal(200, plan["limit"].AsInt32);
    }

    [Fact]
    public async Task FindOpenExpectedToCloseAsync_FromTheFirstDayUpToTheLast()
    {
        var expected = new Dictionary<DateOnly, Guid>();
        foreach (var day in new[] { new DateOnly(2025, 3, 31), new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 30), new DateOnly(2025, 5, 1) })
        {
            expected[day] = (await StoreAsync("alice", Epoch, d => d.SetExpectedClose(day, Alice, Epoch))).Id;
        }
        await StoreAsync("alice", Epoch, d =>
        {
            d.SetExpectedClose(new DateOnly(2025, 4, 15), Alice, Epoch);
            d.Lose("no budget", TestDeals.Pipeline, Alice, Epoch);
        });
        var bobs = await StoreAsync("bob", Epoch, d => d.SetExpectedClose(new DateOnly(2025, 4, 15), Actor.Rep("bob"), Epoch));

        var april = await _deals.FindOpenExpectedToCloseAsync(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1), null);
        var alicesApril = await _deals.FindOpenExpectedToCloseAsync(new DateOnly(2025, 4, 1), new DateOnly(2025, 5, 1), "alice");

        Assert.Equal(Sorted(expected[new DateOnly(2025, 4, 1)], expected[new DateOnly(2025, 4, 30)], bobs.Id), Ids(april));
        Assert.Equal(Sorted(expected[new DateOnly(2025, 4, 1)], expected[new DateOnly(2025, 4, 30)]), Ids(alicesApril));
    }

    [Fact]
    public async Task FindOpenOrClosedSinceAsync_OpenAndRecentlyClosed()
    {
        var open = await StoreAsync("alice", Epoch);
        await StoreAsync("alice", Epoch, d => d.Win("signed", TestDeals.Pipeline, Alice, Epoch.AddDays(9)));
        var lost = await StoreAsync("alice", Epoch, d => d.Lose("no budget", TestDeals.Pipeline, Alice, Epoch.AddDays(10)));
        await StoreAsync("bob", Epoch, d => d.Lose("no budget", TestDeals.Pipeline, Actor.Rep("bob"), Epoch.AddDays(11)));

        Assert.Equal(Sorted(open.Id, lost.Id), Ids((await _deals.FindOpenOrClosedSinceAsync(Epoch.AddDays(10), "alice")).Select(d => d.ToSummary())));
        Assert.Equal(3, (await _deals.FindOpenOrClosedSinceAsync(Epoch.AddDays(10), null)).Count);
    }

    [Fact]
    public async Task PipelineWatch_OverTheStore_FindsTheStuckDealsByTheMedianOfRecentDwells()
    {
        // Five finished stays of 2 days in Proposal make its limit 4 days, well under the configured 14.
        for (var i = 0; i < 5; i++)
        {
            await StoreAsync("bob", Epoch, d =>
            {
                d.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(i));
                d.Lose("no budget", TestDeals.Pipeline, Alice, Epoch.AddDays(i + 2));
            });
        }
        var now = Epoch.AddDays(30);
        var stuck = await StoreAsync("alice", Epoch, d => d.MoveTo("Proposal", TestDeals.Pipeline, Alice, now.AddDays(-5)));
        await StoreAsync("alice", Epoch, d => d.MoveTo("Proposal", TestDeals.Pipeline, Alice, now.AddDays(-3)));
        var options = TestDeals.Options();
        var watch = new PipelineWatch(_deals, _leads, new PipelineCatalog(options), options, new FakeTimeProvider(now));

        var found = Assert.Single(await watch.FindStuckAsync("alice"));

        Assert.Equal((stuck.Id, TimeSpan.FromDays(5), TimeSpan.FromDays(4)), (found.Deal.Id, found.InStage, found.Limit.Effective!.Value));
    }

    /// <summary>Opens a deal for a new lead, applies the changes and saves both in one batch.</summary>
    private async Task<Deal> StoreAsync(string? owner, DateTimeOffset openedAt, Action<Deal>? change = null)
    {
        var (lead, deal) = TestDeals.Open(owner, openedAt);
        change?.Invoke(deal);
        await _leads.SaveBatchAsync([lead], [deal]);
        return deal;
    }

    private static List<Guid> Ids(IEnumerable<DealSummary> deals) => [.. deals.Select(d => d.Id).Order()];

    private static List<Guid> Sorted(params Guid[] ids) => [.. ids.Order()];
}
