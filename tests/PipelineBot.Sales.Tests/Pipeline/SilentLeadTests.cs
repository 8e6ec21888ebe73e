using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Pipeline;

/// <summary>When an owned lead without a deal counts as gone silent: the rule on fixed leads at an explicit now.</summary>
public sealed class SilentLeadTests
{
    private static readonly TimeSpan SilentAfter = TimeSpan.FromDays(14);
    private static readonly DateTimeOffset Now = LeadBuilder.Epoch.AddDays(20);

    [Fact]
    public void Check_OwnedSqlWithoutDealQuietPastTheLimit_IsSilentForHowLong()
    {
        var lead = new LeadBuilder().WithAnswer("company", "Acme").AsSql("alice").Build();

        var silent = SilentLead.Check(lead, SilentAfter, Now);

        Assert.Equal(new SilentLead(lead.Id, null, "Acme", "alice", TimeSpan.FromDays(20)), silent);
    }

    [Fact]
    public void Check_LaterActivity_CountsFromTheLatest()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();
        lead.RecordInteraction(LeadBuilder.Epoch.AddDays(7));

        Assert.Null(SilentLead.Check(lead, SilentAfter, Now));
        Assert.Equal(TimeSpan.FromDays(14), SilentLead.Check(lead, SilentAfter, Now.AddDays(1))!.QuietFor);
    }

    [Fact]
    public void Check_RejectedUnownedOrWithDeal_NeverSilent()
    {
        var rejected = new LeadBuilder().AsSql("alice").Build();
        rejected.RejectBySales("student project", "alice", LeadBuilder.Epoch);
        var unowned = new LeadBuilder().AsSql(owner: null).Build();
        var withDeal = new LeadBuilder().AsSql("alice").Build();
        Deal.Open(Guid.NewGuid(), withDeal, new PipelineCatalog(TestPipelines.Options()).Default, Actor.System, LeadBuilder.Epoch);

        Assert.All(new[] { rejected, unowned, withDeal }, lead => Assert.Null(SilentLead.Check(lead, SilentAfter, Now)));
    }
}
