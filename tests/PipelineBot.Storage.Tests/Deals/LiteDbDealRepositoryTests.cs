using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Storage.Tests.Leads;

namespace PipelineBot.Storage.Tests.Deals;

/// <summary>Round trips and concurrency against a real database file.</summary>
public sealed partial class LiteDbDealRepositoryTests : IDisposable
{
    private static readonly DateTimeOffset Epoch = TestLeads.Epoch;
    private static readonly Actor Alice = Actor.Rep("alice");
    private readonly TemporaryDatabase _database = new();
    private readonly LiteDbLeadRepository _leads;
    private readonly LiteDbDealRepository _deals;

    public LiteDbDealRepositoryTests()
    {
        _database.Open();
        (_leads, _deals) = (_database.CreateLeadRepository(), _database.CreateDealRepository());
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SaveAsync_StageMoved_AppendsHistoryAndBumpsVersion()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(lead);
        await _leads.SaveQualificationAsync(lead, deal);
        deal.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(2));

        await _deals.SaveAsync(deal);
        var loaded = (await _deals.GetAsync(deal.Id))!;

        Assert.Equal((2L, "Proposal", 2), (deal.Version, loaded.Stage, loaded.History.Count));
        Assert.Equal(deal.History, loaded.History);
        Assert.Equal((lead.Id, "Acme Ltd", "alice", "New business", 2L), (loaded.LeadId, loaded.Company, loaded.OwnerRepId, loaded.Pipeline, loaded.Version));
    }

    [Fact]
    public async Task SaveAsync_EverythingRecorded_RoundTrips()
    {
        var (lead, deal) = TestDeals.Open("alice", Epoch);
        await _leads.SaveQualificationAsync(lead, deal);
        deal.SetValue(new Money(12_345.67m, "EUR"), Alice, Epoch.AddDays(1));
        deal.SetExpectedClose(new DateOnly(2025, 4, 30), Alice, Epoch.AddDays(1));
        deal.SetExpectedClose(new DateOnly(2025, 5, 31), Alice, Epoch.AddDays(2));
        deal.SetNextStep("send the proposal", new DateOnly(2025, 3, 10), Alice, Epoch.AddDays(2));
        deal.AddNote("Ann is on holiday until the 9th.", Alice, Epoch.AddDays(3));
        deal.MoveTo("Meeting", TestDeals.Pipeline, Alice, Epoch.AddDays(4));
        deal.Lose("chose a competitor", TestDeals.Pipeline, Alice, Epoch.AddDays(5));

        await _deals.SaveAsync(deal);
        var loaded = (await _deals.GetAsync(deal.Id))!;

        Assert.Equal(deal.ToSnapshot() with { History = [], Notes = [] }, loaded.ToSnapshot() with { History = [], Notes = [] });
        Assert.Equal(deal.History, loaded.History);
        Assert.Equal(deal.Notes, loaded.Notes);
        Assert.Equal((1, Epoch.AddDays(5)), (loaded.ExpectedClosePushBacks, loaded.EnteredStageAt));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsTheStoredDeal()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, Epoch.AddHours(1));
        await _leads.SaveQualificationAsync(lead, TestLeads.OpenDeal(lead));
        var first = (await _deals.GetAsync(lead.DealId!.Value))!;
        var second = (await _deals.GetAsync(lead.DealId!.Value))!;
        first.MoveTo("Proposal", TestDeals.Pipeline, Alice, Epoch.AddDays(2));
        second.Lose("no budget", TestDeals.Pipeline, Alice, Epoch.AddDays(2));
        await _deals.SaveAsync(first);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _deals.SaveAsync(second));

        Assert.Equal("Proposal", (await _deals.GetAsync(first.Id))!.Stage);
    }

    [Fact]
    public async Task SaveAsync_TwoRepsAdvanceTheSameDealAtOnce_ExactlyOneWinsAndTheHistoryHasNoGap()
    {
        var (lead, deal) = TestDeals.Open("alice", Epoch);
        await _leads.SaveQualificationAsync(lead, deal);
        for (var round = 1; round <= 20; round++)
        {
            var alices = (await _deals.GetAsync(deal.Id))!;
            var bobs = (await _deals.GetAsync(deal.Id))!;
            alices.AddNote($"round {round}", Alice, Epoch.AddDays(round));
            bobs.SetNextStep($"call back, round {round}", new DateOnly(2025, 4, 1), Actor.Rep("bob"), Epoch.AddDays(round));
            using var start = new ManualResetEventSlim();

            var racing = new[] { alices, bobs }.Select(d => Task.Run(() => { start.Wait(); return _deals.SaveAsync(d); })).ToList();
            start.Set();
            var outcomes = await Task.WhenAll(racing.Select(Outcome));

            Assert.Equal(1, outcomes.Count(o => o is null));
            Assert.IsType<ConcurrencyConflictException>(Assert.Single(outcomes, o => o is not null));
        }
        var stored = (await _deals.GetAsync(deal.Id))!;
        Assert.Equal(Enumerable.Range(1, stored.History.Count), stored.History.Select(c => c.Sequence));
        Assert.Equal(21L, stored.Version);
    }

    [Fact]
    public async Task SaveAsync_TwoSavesOfOneVersionInTheSameBatch_TheSecondIsRefusedAndTheLoserCanRetry()
    {
        var (lead, deal) = TestDeals.Open("alice", Epoch);
        await _leads.SaveQualificationAsync(lead, deal);
        var alices = (await _deals.GetAsync(deal.Id))!;
        var bobs = (await _deals.GetAsync(deal.Id))!;
        alices.MoveTo("Qualification", TestDeals.Pipeline, Alice, Epoch.AddDays(1));
        bobs.MoveTo("Meeting", TestDeals.Pipeline, Actor.Rep("bob"), Epoch.AddDays(1));

        var saves = await _database.WhileWriterBlocked(() => new[] { _deals.SaveAsync(alices), _deals.SaveAsync(bobs) });
        var outcomes = await Task.WhenAll(saves.Select(Outcome));

        Assert.Null(outcomes[0]);
        Assert.IsType<ConcurrencyConflictException>(outcomes[1]);
        var retry = (await _deals.GetAsync(deal.Id))!;
        retry.MoveTo("Meeting", TestDeals.Pipeline, Actor.Rep("bob"), Epoch.AddDays(1));
        await _deals.SaveAsync(retry);
        var stored = (await _deals.GetAsync(deal.Id))!;
        Assert.Equal(["Contact", "Qualification", "Meeting"], stored.History.Select(c => c.To));
        Assert.Equal([1, 2, 3], stored.History.Select(c => c.Sequence));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull() => Assert.Null(await _deals.GetAsync(Guid.NewGuid()));

    private static async Task<Exception?> Outcome(Task save)
    {
        try
        {
            await save;
            return null;
        }
        catch (ConcurrencyConflictException conflict)
        {
            return conflict;
        }
    }
}
