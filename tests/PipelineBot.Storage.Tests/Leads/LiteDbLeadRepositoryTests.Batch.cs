using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;
using PipelineBot.Storage.Tests.Deals;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>Imports: many leads and deals in one atomic write, nothing half-imported.</summary>
public sealed partial class LiteDbLeadRepositoryTests
{
    [Fact]
    public async Task SaveBatchAsync_ManyLeadsAndDeals_CommitTogetherWithTheirDwells()
    {
        var pairs = Enumerable.Range(0, 50).Select(i => TestDeals.Open("alice", TestLeads.Epoch.AddHours(i))).ToList();
        pairs.ForEach(p => p.Deal.MoveTo("Qualification", TestDeals.Pipeline, Actor.Rep("alice"), TestLeads.Epoch.AddDays(3)));
        var commitsBefore = _database.Writer.CommitCount;

        await _leads.SaveBatchAsync([.. pairs.Select(p => p.Lead)], [.. pairs.Select(p => p.Deal)]);

        Assert.Equal(1, _database.Writer.CommitCount - commitsBefore);
        Assert.All(pairs, p => Assert.Equal((1L, 1L), (p.Lead.Version, p.Deal.Version)));
        Assert.Equal(50, (await _deals.FindOpenAsync("alice")).Count);
        Assert.Equal(50, (await _deals.GetRecentDwellsAsync("New business", "Contact", 100)).Count);
        Assert.Equal(pairs[7].Deal.Id, (await _leads.GetAsync(pairs[7].Lead.Id))!.DealId);
    }

    [Fact]
    public async Task SaveBatchAsync_OneStaleLead_WritesNothing()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        var stale = (await _leads.GetAsync(lead.Id))!;
        lead.RecordInteraction(TestLeads.Epoch.AddMinutes(30));
        await _leads.SaveAsync(lead);
        stale.RecordInteraction(TestLeads.Epoch.AddMinutes(31));
        var (newLead, newDeal) = TestDeals.Open("alice", TestLeads.Epoch);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _leads.SaveBatchAsync([newLead, stale], [newDeal]));

        Assert.Null(await _leads.GetAsync(newLead.Id));
        Assert.Null(await _deals.GetAsync(newDeal.Id));
        Assert.Equal((0L, 0L), (newLead.Version, newDeal.Version));
    }

    [Fact]
    public async Task SaveBatchAsync_DealIdAlreadyStored_WritesNothing()
    {
        var (existingLead, existingDeal) = TestDeals.Open("alice", TestLeads.Epoch);
        await _leads.SaveBatchAsync([existingLead], [existingDeal]);
        var (newLead, _) = TestDeals.Open("alice", TestLeads.Epoch);
        var (otherLead, otherDeal) = TestDeals.Open("alice", TestLeads.Epoch);
        var clashing = Deal.FromSnapshot(otherDeal.ToSnapshot() with
        {
            Id = existingDeal.Id,
            History = [.. otherDeal.History.Select(c => c with { DealId = existingDeal.Id })],
        });

        await Assert.ThrowsAsync<LiteException>(() => _leads.SaveBatchAsync([newLead, otherLead], [clashing]));

        Assert.Null(await _leads.GetAsync(newLead.Id));
        Assert.Null(await _leads.GetAsync(otherLead.Id));
        Assert.Equal(existingLead.Id, (await _deals.GetAsync(existingDeal.Id))!.LeadId);
    }

    [Fact]
    public async Task SaveBatchAsync_SameDealTwice_IsRefusedBeforeWriting()
    {
        var (lead, deal) = TestDeals.Open("alice", TestLeads.Epoch);

        await Assert.ThrowsAsync<ArgumentException>(() => _leads.SaveBatchAsync([lead], [deal, deal]));

        Assert.Null(await _leads.GetAsync(lead.Id));
    }

    [Fact]
    public async Task FindCreatedBetweenAsync_FromTheStartUpToTheEnd()
    {
        var leads = Enumerable.Range(0, 4).Select(i => Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", $"u{i}"), TestLeads.Epoch.AddDays(i))).ToList();
        await _leads.SaveBatchAsync(leads, []);

        var found = await _leads.FindCreatedBetweenAsync(TestLeads.Epoch.AddDays(1), TestLeads.Epoch.AddDays(3));

        Assert.Equal([leads[1].Id, leads[2].Id], found.OrderBy(l => l.CreatedAt).Select(l => l.Id));
    }

    [Fact]
    public async Task FindCreatedBetweenAsync_HistoryDatedBeforeTheLead_IsStillLoadedWhole()
    {
        var lead = Lead.Start(Guid.NewGuid(), new VisitorKey("webchat", "imported"), TestLeads.Epoch.AddDays(1));
        lead.RecordInteraction(TestLeads.Epoch);
        await _leads.SaveBatchAsync([lead], []);

        var found = Assert.Single(await _leads.FindCreatedBetweenAsync(TestLeads.Epoch.AddDays(1), TestLeads.Epoch.AddDays(2)));

        Assert.Equal((LeadStatus.Engaged, 1), (found.Status, found.History.Count));
    }
}
