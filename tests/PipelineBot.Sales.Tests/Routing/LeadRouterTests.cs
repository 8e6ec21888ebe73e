using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;
using PipelineBot.Sales.Routing;
using PipelineBot.Sales.Tests.Leads;

namespace PipelineBot.Sales.Tests.Routing;

public class LeadRouterTests
{
    private static Rep Rep(string id, string[]? territories = null, string[]? segments = null, bool active = true) =>
        new() { Id = id, DisplayName = id, Territories = [.. territories ?? []], Segments = [.. segments ?? []], Active = active };

    private static LeadRouter Router(params Rep[] reps) => new(new RoutingOptions { Reps = [.. reps] });

    private static Lead NewLead(string email = "bob@acme.example", string region = "eu") =>
        new LeadBuilder().WithEmail(email).WithAnswer("region", region).Build();

    private static Lead OwnedLead(string email, string owner, FakeTimeProvider? time = null) =>
        new LeadBuilder().WithClock(time ?? new FakeTimeProvider(LeadBuilder.Epoch)).WithEmail(email).AsSql(owner).Build();

    [Fact]
    public void Route_ReturningCompany_AssignsEarlierOwnerFirst()
    {
        var router = Router(Rep("alice"), Rep("carol"));

        var decision = router.Route(NewLead(), null, [OwnedLead("ann@acme.example", "carol")], lastRoundRobinRepId: null);

        Assert.Equal(new RoutingDecision("carol", AssignmentMethod.OwnerFirst, "owns an earlier lead from acme.example"), decision);
    }

    [Fact]
    public void Route_CompanyWithSeveralOwners_NewestAssignmentWins()
    {
        var time = new FakeTimeProvider(LeadBuilder.Epoch);
        var older = OwnedLead("ann@acme.example", "alice", time);
        time.Advance(TimeSpan.FromDays(1));
        var newer = OwnedLead("cid@acme.example", "carol", time);

        var decision = Router(Rep("alice"), Rep("carol")).Route(NewLead(), null, [older, newer], null);

        Assert.Equal("carol", decision.RepId);
    }

    [Fact]
    public void Route_EarlierOwnerInactive_FallsBackToRoundRobin()
    {
        var router = Router(Rep("alice"), Rep("carol", active: false));

        var decision = router.Route(NewLead(), null, [OwnedLead("ann@acme.example", "carol")], null);

        Assert.Equal(("alice", AssignmentMethod.RoundRobin), (decision.RepId, decision.Method));
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("seznam.cz")]
    [InlineData("freemail.example")]
    public void Route_SharedMailDomain_IgnoresEarlierOwner(string domain)
    {
        var options = new RoutingOptions { Reps = [Rep("alice"), Rep("carol")], SharedEmailDomains = ["freemail.example"] };

        var decision = new LeadRouter(options).Route(NewLead($"bob@{domain}"), null, [OwnedLead($"ann@{domain}", "carol")], null);

        Assert.Equal(("alice", AssignmentMethod.RoundRobin), (decision.RepId, decision.Method));
    }

    [Fact]
    public void Route_SuccessiveCalls_TakeTurnsInConfiguredOrder()
    {
        var router = Router(Rep("a"), Rep("b"), Rep("c"));
        var assigned = new List<string>();
        string? last = null;

        for (var i = 0; i < 5; i++)
        {
            last = router.Route(NewLead($"x{i}@firm{i}.example"), null, [], last).RepId!;
            assigned.Add(last);
        }

        Assert.Equal(["a", "b", "c", "a", "b"], assigned);
    }

    [Fact]
    public void Route_TerritoryLimits_OnlyRepsCoveringRegionTakeTurns()
    {
        var router = Router(Rep("alice", ["eu"]), Rep("bob", ["us"]), Rep("carol", ["EU"]));

        Assert.Equal("alice", router.Route(NewLead(region: "eu"), null, [], null).RepId);
        Assert.Equal("carol", router.Route(NewLead(region: "eu"), null, [], "alice").RepId);
        Assert.Equal("alice", router.Route(NewLead(region: "eu"), null, [], "carol").RepId);
        Assert.Equal("bob", router.Route(NewLead(region: "us"), null, [], "carol").RepId);
    }

    [Fact]
    public void Route_SegmentLimits_OnlyRepsCoveringSegment()
    {
        var router = Router(Rep("alice", segments: ["smb"]), Rep("bob", segments: ["enterprise"]));

        var decision = router.Route(NewLead(), "enterprise", [], null);

        Assert.Equal("bob", decision.RepId);
        Assert.Equal("next in turn for region 'eu' and segment 'enterprise'", decision.Reason);
    }

    [Fact]
    public void Route_NoRepCovers_FallsBackToAllActiveReps()
    {
        var router = Router(Rep("alice", ["us"]), Rep("bob", ["apac"], active: false), Rep("carol", ["us"]));

        var decision = router.Route(NewLead(region: "eu"), "smb", [], "alice");

        Assert.Equal("carol", decision.RepId);
        Assert.StartsWith("next in turn among all active reps", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_InactiveRepsInTurn_AreSkipped()
    {
        var router = Router(Rep("a"), Rep("b", active: false), Rep("c"));

        Assert.Equal("c", router.Route(NewLead(), null, [], "a").RepId);
    }

    [Fact]
    public void Route_LastRepNoLongerConfigured_StartsFromFirst()
    {
        Assert.Equal("a", Router(Rep("a"), Rep("b")).Route(NewLead(), null, [], "gone").RepId);
    }

    [Fact]
    public void Route_NoActiveReps_UnassignedWithReason()
    {
        var decision = Router(Rep("a", active: false)).Route(NewLead(), null, [OwnedLead("ann@acme.example", "a")], null);

        Assert.False(decision.IsAssigned);
        Assert.Equal(RoutingDecision.Unassigned("no active reps are configured"), decision);
    }

    [Fact]
    public void RoundRobinPool_ActiveRepsCoveringRegionAndSegment_InConfiguredOrder()
    {
        var router = Router(Rep("carol", ["eu"]), Rep("alice", ["us"]), Rep("bob", segments: ["smb"]), Rep("dave", ["eu"], active: false));

        Assert.Equal(["carol", "bob"], router.RoundRobinPool("eu", "smb").Select(r => r.Id));
    }

    [Fact]
    public void RoundRobinPool_NoRepCovers_IsEveryActiveRep()
    {
        var router = Router(Rep("alice", ["us"]), Rep("bob", ["apac"], active: false), Rep("carol", ["us"]));

        Assert.Equal(["alice", "carol"], router.RoundRobinPool("eu", null).Select(r => r.Id));
    }

    [Fact]
    public void Validate_DuplicateAndBlankRepIds_Explains()
    {
        var options = new RoutingOptions { Reps = [Rep("a"), Rep(""), Rep("a")] };
        var results = new List<ValidationResult>();

        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.Equal(["Rep 2 has no id.", "Rep id 'a' is used by more than one rep."], results.Select(r => r.ErrorMessage));
    }
}
