using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Routing;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Qualification;

public class LeadQualificationServiceTests
{
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);
    private readonly InMemoryLeadRepository _leads = new();
    private readonly RoutingOptions _routing = new()
    {
        Reps =
        [
            new() { Id = "alice", Territories = ["eu"], Segments = ["mid-market", "enterprise"] },
            new() { Id = "bob", Territories = ["us"] },
            new() { Id = "carol", Territories = ["eu"] },
        ],
    };

    private LeadQualificationService Service() =>
        new(new LeadQualifier(TestOptions.Scoring()), new LeadRouter(_routing), _leads, TestPipelines.Catalog(), _time);

    private Lead StoredProspect(string email, params (string, string)[] answers)
    {
        var lead = new LeadBuilder().WithClock(_time).WithAnswers(answers.Where(a => a.Item1 != "email")).WithEmail(email).Build();
        _leads.Add(lead);
        return lead;
    }

    [Fact]
    public async Task QualifyAsync_StrongProspect_OpensDealInDefaultPipelineWithRoutedOwnerInOneWrite()
    {
        var lead = StoredProspect("ann@acme.example", TestScript.StrongProspect);
        var writesBefore = _leads.Writes;

        var result = await Service().QualifyAsync(lead, TestScript.Bant());

        Assert.Equal(LeadStatus.Sql, result.Decision.Outcome);
        Assert.Equal(new RoutingDecision("alice", AssignmentMethod.RoundRobin, "next in turn for region 'eu' and segment 'mid-market'"), result.Routing);
        Assert.Equal((TestPipelines.NewBusiness, "Contact", "alice"), (result.Deal!.Pipeline, result.Deal.Stage, result.Deal.OwnerRepId));
        Assert.Equal(writesBefore + 1, _leads.Writes);
        var stored = (await _leads.GetAsync(lead.Id))!;
        Assert.Equal((LeadStatus.Sql, "alice", result.Deal.Id), (stored.Status, stored.OwnerRepId, stored.DealId));
        Assert.True(_leads.Deals.ContainsKey(result.Deal.Id));
    }

    [Fact]
    public async Task QualifyAsync_MiddlingProspect_SavesNurturedMqlWithoutDeal()
    {
        var lead = StoredProspect("bob@shop.example", TestScript.MiddlingProspect);

        var result = await Service().QualifyAsync(lead, TestScript.Bant());

        Assert.Equal((null, null), (result.Routing, result.Deal));
        var stored = (await _leads.GetAsync(lead.Id))!;
        Assert.Equal((LeadStatus.Mql, true), (stored.Status, stored.MarkedForNurture));
        Assert.Empty(_leads.Deals);
    }

    [Fact]
    public async Task QualifyAsync_ReturningCompany_AssignsOwnerOfEarlierLead()
    {
        var earlier = StoredProspect("ann@acme.example", TestScript.StrongProspect);
        await Service().QualifyAsync(earlier, TestScript.Bant());
        _time.Advance(TimeSpan.FromDays(30));
        var returning = StoredProspect("cid@acme.example", TestScript.StrongProspect);

        var result = await Service().QualifyAsync(returning, TestScript.Bant());

        Assert.Equal(("alice", AssignmentMethod.OwnerFirst), (result.Routing!.RepId, result.Routing.Method));
    }

    [Fact]
    public async Task QualifyAsync_SuccessiveCompanies_TakeTurnsFromStoredCursor()
    {
        var owners = new List<string?>();
        foreach (var email in new[] { "a@one.example", "b@two.example", "c@three.example" })
        {
            var lead = StoredProspect(email, TestScript.StrongProspect);
            owners.Add((await Service().QualifyAsync(lead, TestScript.Bant())).Routing!.RepId);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        // alice and carol both cover EU mid-market; bob covers only the US. The cursor is read back from stored leads.
        Assert.Equal(["alice", "carol", "alice"], owners);
    }

    [Fact]
    public async Task QualifyAsync_NoActiveReps_OpensUnassignedDealWithReason()
    {
        _routing.Reps.ForEach(r => r.Active = false);
        var lead = StoredProspect("ann@acme.example", TestScript.StrongProspect);

        var result = await Service().QualifyAsync(lead, TestScript.Bant());

        Assert.Equal("no active reps are configured", result.Routing!.Reason);
        Assert.Null(result.Deal!.OwnerRepId);
        Assert.Null((await _leads.GetAsync(lead.Id))!.OwnerRepId);
    }

    [Fact]
    public async Task QualifyAsync_WriteFails_StoresNeitherStatusNorDeal()
    {
        var lead = StoredProspect("ann@acme.example", TestScript.StrongProspect);
        _leads.FailNextWrite = true;

        await Assert.ThrowsAsync<IOException>(() => Service().QualifyAsync(lead, TestScript.Bant()));

        Assert.Equal(LeadStatus.Engaged, (await _leads.GetAsync(lead.Id))!.Status);
        Assert.Empty(_leads.Deals);
    }

    [Fact]
    public async Task QualifyAsync_LeadChangedSinceLoaded_ThrowsConflict()
    {
        var lead = StoredProspect("ann@acme.example", TestScript.StrongProspect);
        var stale = (await _leads.GetAsync(lead.Id))!;
        lead.RecordInteraction(_time.GetUtcNow());
        await _leads.SaveAsync(lead);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Service().QualifyAsync(stale, TestScript.Bant()));
        Assert.Empty(_leads.Deals);
    }
}
