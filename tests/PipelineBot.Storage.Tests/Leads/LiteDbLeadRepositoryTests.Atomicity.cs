using LiteDB;
using PipelineBot.Sales;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Storage.Tests.Leads;

/// <summary>All or nothing: a lead, its history and its deal commit together or not at all.</summary>
public sealed partial class LiteDbLeadRepositoryTests
{
    [Fact]
    public async Task SaveQualificationAsync_NewDeal_WritesLeadHistoryAndDealTogether()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        var commitsBefore = _database.Writer.CommitCount;
        TestLeads.MakeSql(lead, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(lead);

        await _leads.SaveQualificationAsync(lead, deal);

        Assert.Equal(1, _database.Writer.CommitCount - commitsBefore);
        Assert.Equal((2, 1), (lead.Version, deal.Version));
        Assert.Equal(LeadStatus.Sql, (await _leads.GetAsync(lead.Id))!.Status);
        Assert.Equal(3, HistoryOf(lead.Id).Count);
        Assert.Equal(lead.Id, (await _deals.GetAsync(deal.Id))!.LeadId);
    }

    [Fact]
    public async Task SaveQualificationAsync_StaleVersion_ThrowsConflictAndWritesNothing()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        var stale = (await _leads.GetAsync(lead.Id))!;
        lead.RecordInteraction(TestLeads.Epoch.AddMinutes(30));
        await _leads.SaveAsync(lead);
        TestLeads.MakeSql(stale, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(stale);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _leads.SaveQualificationAsync(stale, deal));

        Assert.Equal((1L, 0L), (stale.Version, deal.Version));
        AssertUnchanged(lead);
        Assert.Null(await _deals.GetAsync(deal.Id));
    }

    [Fact]
    public async Task SaveQualificationAsync_DealIdAlreadyStored_FailsAndLeavesNeitherLeadChangesNorHistoryNorDeal()
    {
        var other = TestLeads.MakeSql(TestLeads.Engaged("v0"), "bob", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var existingDeal = TestLeads.OpenDeal(other);
        await _leads.SaveQualificationAsync(other, existingDeal);
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        var stored = (await _leads.GetAsync(lead.Id))!;
        TestLeads.MakeSql(stored, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(2));
        // The lead and its history are written before the deal insert fails, so only a rollback can undo them.
        var clashing = TestLeads.OpenDeal(stored, existingDeal.Id);

        await Assert.ThrowsAsync<LiteException>(() => _leads.SaveQualificationAsync(stored, clashing));

        AssertUnchanged(lead);
        Assert.Equal(other.Id, (await _deals.GetAsync(existingDeal.Id))!.LeadId);
        Assert.Equal(1, stored.Version);
        // The writer carries on, and the lead can still be saved at the version it really has.
        await _leads.SaveQualificationAsync(stored, TestLeads.OpenDeal(TestLeads.MakeSql(lead, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(2))));
        Assert.Equal(3, HistoryOf(lead.Id).Count);
    }

    [Fact]
    public async Task SaveWithDealAsync_Reassignment_WritesLeadHistoryAndDealTogether_AndTheOwnersSurvive()
    {
        var (lead, deal) = await QualifiedWithDealAsync();
        var commitsBefore = _database.Writer.CommitCount;
        lead.Reassign("bob", AssignmentMethod.RoundRobin, "bob was free", Actor.System, TestLeads.Epoch.AddHours(2));
        deal.AssignOwner("bob", Actor.System, TestLeads.Epoch.AddHours(2));

        await _leads.SaveWithDealAsync(lead, deal);

        Assert.Equal(1, _database.Writer.CommitCount - commitsBefore);
        Assert.Equal((2L, 2L), (lead.Version, deal.Version));
        var loaded = (await _leads.GetAsync(lead.Id))!;
        Assert.Equal(new LeadOwnerChange("alice", "bob", AssignmentMethod.RoundRobin), loaded.History[^1].Owner);
        Assert.Equal(lead.History, loaded.History);
        Assert.Equal("bob", (await _deals.GetAsync(deal.Id))!.OwnerRepId);
        Assert.Equal("bob", await _leads.GetLastRoundRobinRepIdAsync());
    }

    [Fact]
    public async Task SaveWithDealAsync_StaleDeal_ThrowsConflictAndWritesNeither()
    {
        var (lead, deal) = await QualifiedWithDealAsync();
        var other = (await _deals.GetAsync(deal.Id))!;
        other.MoveTo("Proposal", Deals.TestDeals.Pipeline, Actor.Rep("alice"), TestLeads.Epoch.AddHours(2));
        await _deals.SaveAsync(other);
        lead.Reassign("bob", AssignmentMethod.RoundRobin, "bob was free", Actor.System, TestLeads.Epoch.AddHours(2));
        deal.AssignOwner("bob", Actor.System, TestLeads.Epoch.AddHours(2));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _leads.SaveWithDealAsync(lead, deal));

        Assert.Equal("alice", (await _leads.GetAsync(lead.Id))!.OwnerRepId);
        Assert.Equal(3, HistoryOf(lead.Id).Count);
        Assert.Equal("alice", (await _deals.GetAsync(deal.Id))!.OwnerRepId);
    }

    [Fact]
    public async Task SaveAsync_TwoConcurrentSavesOfTheSameVersionInOneBatch_ExactlyOneWins()
    {
        var lead = TestLeads.Engaged("v1");
        await _leads.SaveAsync(lead);
        var first = (await _leads.GetAsync(lead.Id))!;
        var second = (await _leads.GetAsync(lead.Id))!;
        TestLeads.MakeSql(first, "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        second.RecordInteraction(TestLeads.Epoch.AddHours(1));

        var saves = await _database.WhileWriterBlocked(() => new[] { _leads.SaveQualificationAsync(first, TestLeads.OpenDeal(first)), _leads.SaveAsync(second) });
        var outcomes = await Task.WhenAll(saves.Select(Outcome));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.Single(outcomes, outcome => outcome is ConcurrencyConflictException);
        var winner = outcomes[0] is null ? first : second;
        Assert.Equal(Json(winner), Json((await _leads.GetAsync(lead.Id))!));
        Assert.Equal(winner.History.Count, HistoryOf(lead.Id).Count);
    }

    [Fact]
    public async Task SaveAsync_WithNothingElseQueued_IsCheckpointedAsSoonAsTheWriterIsIdle()
    {
        var before = _database.Writer.CheckpointCount;

        await _leads.SaveAsync(TestLeads.Engaged("v1"));

        // The save may wait for the next checkpoint, which an idle writer does at once, not at the next turn.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (_database.Writer.CheckpointCount == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(before + 1, _database.Writer.CheckpointCount);
        Assert.Equal(0, _database.LogLength);
    }


    /// <summary>Alice's round-robin SQL and the deal its qualification opened, both saved.</summary>
    private async Task<(Lead Lead, Deal Deal)> QualifiedWithDealAsync()
    {
        var lead = TestLeads.MakeSql(TestLeads.Engaged("v1"), "alice", AssignmentMethod.RoundRobin, TestLeads.Epoch.AddHours(1));
        var deal = TestLeads.OpenDeal(lead);
        await _leads.SaveQualificationAsync(lead, deal);
        return (lead, deal);
    }

    private void AssertUnchanged(Lead saved)
    {
        var stored = _database.Context.Database.GetCollection(Storage.Leads.LiteDbLeadRepository.CollectionName).FindById(saved.Id);
        Assert.Equal(saved.Version, stored["version"].AsInt64);
        Assert.Equal(saved.Status.ToString(), stored["status"].AsString);
        Assert.Equal(saved.History.Count, HistoryOf(saved.Id).Count);
    }

    private static async Task<Exception?> Outcome(Task save)
    {
        try
        {
            await save;
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
