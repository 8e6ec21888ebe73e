using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Deals;

public class DealTests
{
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);

    [Fact]
    public void Open_SqlLead_StartsInFirstStageWithOwnerAndLinksLead()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).AsSql("alice").Build();
        var id = Guid.NewGuid();

        var deal = Deal.Open(id, lead, "Discovery", Actor.System, _time.GetUtcNow());

        Assert.Equal((id, lead.Id, "Acme", "alice", "Discovery", LeadBuilder.Epoch),
            (deal.Id, deal.LeadId, deal.Company, deal.OwnerRepId, deal.Stage, deal.OpenedAt));
        Assert.Equal(new DealStageChange(id, 1, null, "Discovery", Actor.System, LeadBuilder.Epoch), Assert.Single(deal.StageHistory));
        Assert.Equal(id, lead.DealId);
    }

    [Fact]
    public void Open_CompanyNotGiven_UsesEmailDomain()
    {
        var lead = new LeadBuilder().WithEmail("ann@acme.example").AsSql().Build();

        Assert.Equal("acme.example", Deal.Open(Guid.NewGuid(), lead, "Discovery", Actor.System, _time.GetUtcNow()).Company);
    }

    [Fact]
    public void Open_MqlLead_Throws()
    {
        var lead = new LeadBuilder().AsMql().Build();

        var error = Assert.Throws<SalesDomainException>(() => Deal.Open(Guid.NewGuid(), lead, "Discovery", Actor.System, _time.GetUtcNow()));

        Assert.Contains("a deal opens only for an Sql lead", error.Message, StringComparison.Ordinal);
        Assert.Null(lead.DealId);
    }

    [Fact]
    public void Open_SecondDealForLead_Throws()
    {
        var lead = new LeadBuilder().AsSql().Build();
        var first = Deal.Open(Guid.NewGuid(), lead, "Discovery", Actor.System, _time.GetUtcNow());

        Assert.Throws<SalesDomainException>(() => Deal.Open(Guid.NewGuid(), lead, "Discovery", Actor.System, _time.GetUtcNow()));
        Assert.Equal(first.Id, lead.DealId);
    }

    [Fact]
    public void MoveTo_NextStage_AppendsHistory()
    {
        var deal = Deal.Open(Guid.NewGuid(), new LeadBuilder().AsSql().Build(), "Discovery", Actor.System, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromDays(3));

        deal.MoveTo("Proposal", Actor.Rep("alice"), _time.GetUtcNow());

        Assert.Equal("Proposal", deal.Stage);
        Assert.Equal(new DealStageChange(deal.Id, 2, "Discovery", "Proposal", Actor.Rep("alice"), LeadBuilder.Epoch.AddDays(3)), deal.StageHistory[^1]);
    }

    [Fact]
    public void MoveTo_SameStage_Throws()
    {
        var deal = Deal.Open(Guid.NewGuid(), new LeadBuilder().AsSql().Build(), "Discovery", Actor.System, _time.GetUtcNow());

        Assert.Throws<SalesDomainException>(() => deal.MoveTo("Discovery", Actor.System, _time.GetUtcNow()));
    }

    [Fact]
    public void FromSnapshot_SavedDeal_RestoresState()
    {
        var deal = Deal.Open(Guid.NewGuid(), new LeadBuilder().AsSql().Build(), "Discovery", Actor.System, _time.GetUtcNow());
        deal.MoveTo("Proposal", Actor.System, _time.GetUtcNow());
        deal.ConfirmSaved(2);

        var restored = Deal.FromSnapshot(deal.ToSnapshot());

        Assert.Equal(deal.ToSnapshot() with { StageHistory = [] }, restored.ToSnapshot() with { StageHistory = [] });
        Assert.Equal(deal.StageHistory, restored.StageHistory);
    }

    [Fact]
    public void FromSnapshot_StageDisagreesWithHistory_Throws()
    {
        var snapshot = Deal.Open(Guid.NewGuid(), new LeadBuilder().AsSql().Build(), "Discovery", Actor.System, _time.GetUtcNow())
            .ToSnapshot() with { Stage = "Won" };

        Assert.Throws<SalesDomainException>(() => Deal.FromSnapshot(snapshot));
    }
}
