using System.Text.Json;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Tools.Demo;

public sealed class DemoPipelineSeederTests
{
    private static readonly string[] Reps = ["anna", "ben", "chloe"];

    [Fact]
    public void Seed_SameSeedAndClock_MakesTheSameLeadsAndDeals()
    {
        using var first = new SalesStore();
        using var second = new SalesStore();

        var a = first.Seeder.Seed(300, Reps);
        var b = second.Seeder.Seed(300, Reps);

        Assert.Equal(Json(a.Leads.Select(l => l.ToSnapshot())), Json(b.Leads.Select(l => l.ToSnapshot())));
        Assert.Equal(Json(a.Deals.Select(d => d.ToSnapshot())), Json(b.Deals.Select(d => d.ToSnapshot())));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(300)]
    public async Task Seed_Saved_PipelineWatchFindsStuckDealsForEveryRep(int deals)
    {
        using var store = new SalesStore();
        var demo = store.Seeder.Seed(deals, Reps);
        await store.Leads.SaveBatchAsync([.. demo.Leads], [.. demo.Deals]);

        var stuck = await store.Watch.FindStuckAsync(ownerRepId: null);

        var open = demo.Deals.Count(d => d.Outcome == DealOutcome.Open);
        Assert.InRange(stuck.Count, open / 10, open / 3);
        Assert.Equal(Reps, stuck.Select(s => s.Deal.OwnerRepId).Distinct().Order());
        Assert.NotEmpty(await store.Watch.FindStuckAsync("anna"));
    }

    [Fact]
    public void Seed_Deals_CoverEveryStageOwnerAndTheSignsOfTrouble()
    {
        using var store = new SalesStore();

        var demo = store.Seeder.Seed(300, Reps);

        Assert.Equal(300, demo.Deals.Count);
        Assert.Equal(300, demo.Deals.Select(d => d.Company).Distinct().Count());
        Assert.Equal(store.Pipelines.Default.Stages.Select(s => s.Name).Order(), demo.Deals.Select(d => d.Stage).Distinct().Order());
        Assert.Equal(Reps, demo.Deals.Select(d => d.OwnerRepId).Distinct().Order());
        var open = demo.Deals.Where(d => d.Outcome == DealOutcome.Open).ToList();
        Assert.Contains(open, d => d.NextStep is null);
        Assert.Contains(open, d => d.NextStep?.Due < DateOnly.FromDateTime(SalesStore.Now.UtcDateTime));
        Assert.Contains(open, d => d.ExpectedClosePushBacks > 0);
        Assert.All(demo.Deals, d => Assert.Equal(d.Stage, d.History.Last(c => c.EntersStage).To));
        Assert.Contains(demo.Deals, d => d.ClosedAt < SalesStore.Now.AddDays(-90));
        Assert.Contains(demo.Leads, l => l.Status == LeadStatus.Mql && l.DealId is null);
        Assert.All(demo.Leads, l => Assert.True(l.HasConsent));
    }

    private static string Json<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values.ToList());
}
