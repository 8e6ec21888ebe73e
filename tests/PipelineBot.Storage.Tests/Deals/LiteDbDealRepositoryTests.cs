using PipelineBot.Sales;
using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;
using PipelineBot.Storage.Tests.Leads;

namespace PipelineBot.Storage.Tests.Deals;

public sealed class LiteDbDealRepositoryTests : IDisposable
{
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
    public async Task SaveAsync_StageMoved_AppendsStageHistoryAndBumpsVersion()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(lead);
        await _leads.SaveQualificationAsync(lead, deal);
        deal.MoveTo("Proposal", Actor.Rep("alice"), TestLeads.Epoch.AddDays(2));

        await _deals.SaveAsync(deal);
        var loaded = (await _deals.GetAsync(deal.Id))!;

        Assert.Equal((2L, "Proposal", 2), (deal.Version, loaded.Stage, loaded.StageHistory.Count));
        Assert.Equal(deal.StageHistory, loaded.StageHistory);
        Assert.Equal((lead.Id, "Acme Ltd", "alice", 2L), (loaded.LeadId, loaded.Company, loaded.OwnerRepId, loaded.Version));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsTheStoredDeal()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        await _leads.SaveQualificationAsync(lead, TestLeads.OpenDeal(lead));
        var first = (await _deals.GetAsync(lead.DealId!.Value))!;
        var second = (await _deals.GetAsync(lead.DealId!.Value))!;
        first.MoveTo("Proposal", Actor.Rep("alice"), TestLeads.Epoch.AddDays(2));
        second.MoveTo("Lost", Actor.Rep("alice"), TestLeads.Epoch.AddDays(2));
        await _deals.SaveAsync(first);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _deals.SaveAsync(second));

        Assert.Equal("Proposal", (await _deals.GetAsync(first.Id))!.Stage);
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull() => Assert.Null(await _deals.GetAsync(Guid.NewGuid()));
}
