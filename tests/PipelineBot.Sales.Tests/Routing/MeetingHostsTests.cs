using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Qualification;
using PipelineBot.Sales.Routing;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Routing;

public class MeetingHostsTests
{
    private static readonly MeetingHosts Hosts = new(
        new LeadRouter(new RoutingOptions
        {
            Reps =
            [
                new() { Id = "alice", Territories = ["eu"] },
                new() { Id = "bob", Territories = ["us"] },
                new() { Id = "carol", Territories = ["eu"], Segments = ["mid-market"] },
                new() { Id = "dave", Territories = ["eu"], Active = false },
                new() { Id = "erin", Territories = ["eu"] },
            ],
        }),
        new FitScorer(TestOptions.Scoring()));

    private static LeadBuilder EuropeanMidMarket() => new LeadBuilder().WithAnswer("region", "eu").WithAnswer("size", "120");

    [Fact]
    public void For_RoundRobinSql_IsTheOwnerThenTheRestOfItsActivePool()
    {
        var lead = EuropeanMidMarket().AsSql("erin").Build();

        Assert.Equal(["erin", "alice", "carol"], Hosts.For(lead));
    }

    [Fact]
    public void For_RoundRobinSqlOutsideASegment_LeavesOutRepsOfOtherSegments()
    {
        var lead = new LeadBuilder().WithAnswer("region", "eu").WithAnswer("size", "8").AsSql("alice").Build();

        Assert.Equal(["alice", "erin"], Hosts.For(lead));
    }

    [Fact]
    public void For_AcceptedLead_IsTheOwnerAlone()
    {
        var lead = EuropeanMidMarket().AsSql("alice").Build();
        lead.AcceptBySales("alice", LeadBuilder.Epoch);

        Assert.Equal(["alice"], Hosts.For(lead));
    }

    [Theory]
    [InlineData(AssignmentMethod.OwnerFirst)]
    [InlineData(AssignmentMethod.Manual)]
    public void For_OwnerNotChosenByTurn_IsTheOwnerAlone(AssignmentMethod method)
    {
        var lead = EuropeanMidMarket().AsSql(owner: null).Build();
        lead.AssignOwner("alice", method, LeadBuilder.Epoch);

        Assert.Equal(["alice"], Hosts.For(lead));
    }

    [Fact]
    public void For_NoOwner_IsNobody()
    {
        Assert.Empty(Hosts.For(EuropeanMidMarket().AsSql(owner: null).Build()));
    }
}
