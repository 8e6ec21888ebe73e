using System.Text.Json;
using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Deals;
using PipelineBot.Storage.Leads;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>Round trips and lookups against a real database file.</summary>
public sealed partial class LiteDbLeadRepositoryTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();
    private LiteDbLeadRepository _leads;
    private LiteDbDealRepository _deals;

    public LiteDbLeadRepositoryTests()
    {
        _database.Open();
        (_leads, _deals) = (_database.CreateLeadRepository(), _database.CreateDealRepository());
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsAnswersScoresOwnerAndHistory()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.OwnerFirst, TestLeads.Epoch.AddHours(1));
        lead.GiveConsent(TestLeads.Epoch.AddMinutes(6));
        lead.RequestDemo(TestLeads.Epoch.AddMinutes(7));

        await _leads.SaveAsync(lead);
        var loaded = await _leads.GetAsync(lead.Id);

        Assert.Equal(1, lead.Version);
        Assert.Equal(Json(lead), Json(loaded!));
        Assert.Equal(3, loaded!.History.Count);
        Assert.Equal(4, loaded.Answers.Count);
    }

    [Fact]
    public async Task SaveAsync_Again_AppendsOnlyNewHistoryEntries()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        TestLeads.MakeSql(lead, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));

        await _leads.SaveAsync(lead);

        Assert.Equal(2, lead.Version);
        Assert.Equal([1, 2, 3], HistoryOf(lead.Id).Select(entry => entry["sequence"].AsInt32));
        Assert.Equal(Json(lead), Json((await _leads.GetAsync(lead.Id))!));
    }

    [Fact]
    public async Task GetByVisitorAsync_OwnAndOtherVisitor_FindsOnlyTheOwnLead()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        await _leads.SaveAsync(TestLeads.Engaged("v2", "bob@acme.example"));

        Assert.Equal(lead.Id, (await _leads.GetByVisitorAsync(new VisitorKey("webchat", "v1")))?.Id);
        Assert.Null(await _leads.GetByVisitorAsync(new VisitorKey("webchat", "v3")));
        Assert.Null(await _leads.GetByVisitorAsync(new VisitorKey("teams", "v1")));
    }

    [Fact]
    public async Task GetByVisitorAsync_NoLeadYetThenSaved_FindsTheSavedLead()
    {
        var visitor = new VisitorKey("webchat", "v1");
        Assert.Null(await _leads.GetByVisitorAsync(visitor));

        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);

        Assert.Equal(lead.Id, (await _leads.GetByVisitorAsync(visitor))?.Id);
    }

    [Fact]
    public async Task GetByVisitorAsync_EachRead_IsAFreshAggregateAtTheCommittedVersion()
    {
        var visitor = new VisitorKey("webchat", "v1");
        await _leads.SaveAsync(TestLeads.Engaged("v1"));
        var first = (await _leads.GetByVisitorAsync(visitor))!;
        first.RecordInteraction(TestLeads.Epoch.AddHours(1));

        var unsaved = (await _leads.GetByVisitorAsync(visitor))!;
        await _leads.SaveAsync(first);
        var saved = (await _leads.GetByVisitorAsync(visitor))!;

        Assert.NotSame(first, unsaved);
        Assert.Equal(1, unsaved.Version);
        Assert.Equal(first.Interactions - 1, unsaved.Interactions);
        Assert.Equal(2, saved.Version);
        Assert.Equal(first.Interactions, saved.Interactions);
    }

    [Fact]
    public async Task FindOwnedByCompanyDomainAsync_MixedLeads_ReturnsOwnedOnesOfThatDomainNewestFirst()
    {
        var older = TestLeads.MakeSql(TestLeads.Engaged("v1", "a@acme.example"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var newer = TestLeads.MakeSql(TestLeads.Engaged("v2", "b@ACME.example"), "bob", AssignmentMethod.OwnerFirst, TestLeads.Epoch.AddHours(2));
        var unowned = TestLeads.Engaged("v3", "c@acme.example");
        var elsewhere = TestLeads.MakeSql(TestLeads.Engaged("v4", "d@other.example"), "carol", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(3));
        foreach (var lead in new[] { older, newer, unowned, elsewhere })
        {
            await _leads.SaveAsync(lead);
        }

        var found = await _leads.FindOwnedByCompanyDomainAsync("Acme.Example");

        Assert.Equal([newer.Id, older.Id], found.Select(lead => lead.Id));
    }

    [Fact]
    public async Task GetLastRoundRobinRepIdAsync_SeveralAssignments_ReturnsTheLatestRoundRobinRep()
    {
        Assert.Null(await _leads.GetLastRoundRobinRepIdAsync());
        await _leads.SaveAsync(TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1)));
        await _leads.SaveAsync(TestLeads.MakeSql(TestLeads.Engaged("v2"), "bob", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(3)));
        await _leads.SaveAsync(TestLeads.MakeSql(TestLeads.Engaged("v3"), "carol", AssignmentMethod.OwnerFirst, TestLeads.Epoch.AddHours(4)));
        await _leads.SaveAsync(TestLeads.MakeSql(TestLeads.Engaged("v4"), "dave", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(2)));

        Assert.Equal("bob", await _leads.GetLastRoundRobinRepIdAsync());
    }

    [Fact]
    public async Task SaveQualificationAsync_ThenReopen_LeadHistoryAndDealSurvive()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(lead);
        await _leads.SaveQualificationAsync(lead, deal);

        _database.Reopen();
        (_leads, _deals) = (_database.CreateLeadRepository(), _database.CreateDealRepository());

        var loaded = (await _leads.GetAsync(lead.Id))!;
        Assert.Equal(Json(lead), Json(loaded));
        Assert.Equal(deal.Id, loaded.DealId);
        Assert.Equal(Json(deal), Json((await _deals.GetAsync(deal.Id))!));
        Assert.Equal(lead.Id, (await _leads.GetByVisitorAsync(new VisitorKey("webchat", "v1")))?.Id);
    }

    private List<LiteDB.BsonDocument> HistoryOf(Guid leadId) =>
        [.. _database.Context.Database.GetCollection(LiteDbLeadRepository.HistoryCollectionName)
            .Find(LiteDB.Query.EQ("leadId", leadId)).OrderBy(entry => entry["sequence"].AsInt32)];

    private static string Json(object aggregate) => aggregate switch
    {
        Lead lead => JsonSerializer.Serialize(lead.ToSnapshot()),
        Sales.Deals.Deal deal => JsonSerializer.Serialize(deal.ToSnapshot()),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregate)),
    };
}
