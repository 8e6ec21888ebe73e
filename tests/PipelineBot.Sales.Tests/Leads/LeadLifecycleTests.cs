using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Sales.Tests.Leads;

public class LeadLifecycleTests
{
    private static readonly IReadOnlyList<string> Why = ["test reason"];
    private readonly FakeTimeProvider _time = new(LeadBuilder.Epoch);
    private readonly LeadScore _score = new(30, 4, 20, 54);

    [Theory]
    [InlineData(LeadStatus.New, LeadStatus.Engaged, true)]
    [InlineData(LeadStatus.Engaged, LeadStatus.Cold, true)]
    [InlineData(LeadStatus.Engaged, LeadStatus.Mql, true)]
    [InlineData(LeadStatus.Mql, LeadStatus.Sql, true)]
    [InlineData(LeadStatus.Sql, LeadStatus.SalesAccepted, true)]
    [InlineData(LeadStatus.Sql, LeadStatus.SalesRejected, true)]
    [InlineData(LeadStatus.New, LeadStatus.Mql, false)]
    [InlineData(LeadStatus.Engaged, LeadStatus.Sql, false)]
    [InlineData(LeadStatus.Cold, LeadStatus.Mql, false)]
    [InlineData(LeadStatus.Mql, LeadStatus.Cold, false)]
    [InlineData(LeadStatus.SalesAccepted, LeadStatus.SalesRejected, false)]
    [InlineData(LeadStatus.SalesRejected, LeadStatus.Sql, false)]
    public void CanMove_FunnelTable_AllowsOnlyListedMoves(LeadStatus from, LeadStatus to, bool allowed)
    {
        Assert.Equal(allowed, LeadLifecycle.CanMove(from, to));
    }

    [Fact]
    public void Qualify_EngagedToMql_MarksNurtureAndRecordsWhoWhenWhy()
    {
        var lead = new LeadBuilder().WithClock(_time).Engaged().Build();
        _time.Advance(TimeSpan.FromMinutes(5));

        lead.Qualify(LeadStatus.Mql, _score, ["score 54 is below 60", "one more"], Actor.System, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Mql, lead.Status);
        Assert.True(lead.MarkedForNurture);
        Assert.Equal(_score, lead.Score);
        var entry = lead.History[^1];
        Assert.Equal(new LeadStatusChange(lead.Id, 2, LeadStatus.Engaged, LeadStatus.Mql, Actor.System,
            LeadBuilder.Epoch.AddMinutes(5), "score 54 is below 60; one more"), entry);
    }

    [Fact]
    public void Qualify_EngagedToSql_PassesThroughMqlInHistory()
    {
        var lead = new LeadBuilder().Engaged().Build();

        lead.Qualify(LeadStatus.Sql, _score, Why, Actor.System, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.False(lead.MarkedForNurture);
        Assert.Equal(
            [(LeadStatus.New, LeadStatus.Engaged), (LeadStatus.Engaged, LeadStatus.Mql), (LeadStatus.Mql, LeadStatus.Sql)],
            lead.History.Select(h => (h.From, h.To)));
        Assert.Equal([1, 2, 3], lead.History.Select(h => h.Sequence));
    }

    [Fact]
    public void Qualify_NurturedMqlToSql_ClearsNurture()
    {
        var lead = new LeadBuilder().AsMql().Build();

        lead.Qualify(LeadStatus.Sql, _score, ["asked for a demo"], Actor.System, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.False(lead.MarkedForNurture);
        Assert.Equal(["asked for a demo"], lead.Reasons);
    }

    [Fact]
    public void Qualify_MqlAgainAsMql_RescoresWithoutHistory()
    {
        var lead = new LeadBuilder().AsMql().Build();
        var before = lead.History.Count;

        lead.Qualify(LeadStatus.Mql, _score, Why, Actor.System, _time.GetUtcNow());

        Assert.Equal(_score, lead.Score);
        Assert.Equal(before, lead.History.Count);
    }

    [Fact]
    public void Qualify_NewLead_ThrowsNamingStatus()
    {
        var lead = new LeadBuilder().Build();

        var error = Assert.Throws<SalesDomainException>(() => lead.Qualify(LeadStatus.Mql, _score, Why, Actor.System, _time.GetUtcNow()));

        Assert.Contains("is New", error.Message, StringComparison.Ordinal);
        Assert.Empty(lead.History);
    }

    [Theory]
    [InlineData(LeadStatus.Cold)]
    [InlineData(LeadStatus.Sql)]
    public void Qualify_ColdOrAlreadySql_Throws(LeadStatus status)
    {
        var lead = status == LeadStatus.Cold ? new LeadBuilder().AsCold().Build() : new LeadBuilder().AsSql().Build();

        Assert.Throws<SalesDomainException>(() => lead.Qualify(LeadStatus.Sql, _score, Why, Actor.System, _time.GetUtcNow()));
        Assert.Equal(status, lead.Status);
    }

    [Fact]
    public void Qualify_TargetCold_ThrowsPointingToMarkCold()
    {
        var lead = new LeadBuilder().Engaged().Build();

        var error = Assert.Throws<SalesDomainException>(() => lead.Qualify(LeadStatus.Cold, _score, Why, Actor.System, _time.GetUtcNow()));

        Assert.Contains("MarkCold", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkCold_Engaged_KeepsReasonsAndHistory()
    {
        var lead = new LeadBuilder().Engaged().Build();

        lead.MarkCold(["Budget: 5000 is below 10000 (budget)", "Need: chose 'none' (need)"], _score, Actor.System, _time.GetUtcNow());

        Assert.Equal(LeadStatus.Cold, lead.Status);
        Assert.Equal(2, lead.Reasons.Count);
        Assert.Equal("Budget: 5000 is below 10000 (budget); Need: chose 'none' (need)", lead.History[^1].Reason);
    }

    [Fact]
    public void MarkCold_Mql_ThrowsListingAllowedMoves()
    {
        var lead = new LeadBuilder().AsMql().Build();

        var error = Assert.Throws<SalesDomainException>(() => lead.MarkCold(Why, _score, Actor.System, _time.GetUtcNow()));

        Assert.Contains("cannot move from Mql to Cold; from Mql it may move to Sql", error.Message, StringComparison.Ordinal);
        Assert.Equal(LeadStatus.Mql, lead.Status);
    }

    [Fact]
    public void MarkCold_NoReasons_Throws()
    {
        var lead = new LeadBuilder().Engaged().Build();

        Assert.Throws<SalesDomainException>(() => lead.MarkCold([], _score, Actor.System, _time.GetUtcNow()));
    }

    [Fact]
    public void AcceptBySales_Owner_MovesToSalesAcceptedAsRep()
    {
        var lead = new LeadBuilder().WithClock(_time).AsSql("alice").Build();
        _time.Advance(TimeSpan.FromHours(2));

        lead.AcceptBySales("alice", _time.GetUtcNow());

        Assert.Equal(LeadStatus.SalesAccepted, lead.Status);
        var entry = lead.History[^1];
        Assert.Equal((Actor.Rep("alice"), LeadBuilder.Epoch.AddHours(2)), (entry.By, entry.At));
    }

    [Fact]
    public void AcceptBySales_NotTheOwner_Throws()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();

        var error = Assert.Throws<SalesDomainException>(() => lead.AcceptBySales("bob", _time.GetUtcNow()));

        Assert.Contains("only its owner (alice)", error.Message, StringComparison.Ordinal);
        Assert.Equal(LeadStatus.Sql, lead.Status);
    }

    [Fact]
    public void AcceptBySales_Unassigned_Throws()
    {
        var lead = new LeadBuilder().AsSql(owner: null).Build();

        Assert.Throws<SalesDomainException>(() => lead.AcceptBySales("alice", _time.GetUtcNow()));
    }

    [Fact]
    public void RejectBySales_Owner_RecordsReason()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();

        lead.RejectBySales("  student project  ", "alice", _time.GetUtcNow());

        Assert.Equal(LeadStatus.SalesRejected, lead.Status);
        Assert.Equal(("student project", Actor.Rep("alice")), (lead.History[^1].Reason, lead.History[^1].By));
    }

    [Fact]
    public void RejectBySales_AfterAcceptance_Throws()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();
        lead.AcceptBySales("alice", _time.GetUtcNow());

        var error = Assert.Throws<SalesDomainException>(() => lead.RejectBySales("changed my mind", "alice", _time.GetUtcNow()));

        Assert.Contains("nothing, it is final", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectBySales_BlankReason_Throws()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();

        Assert.ThrowsAny<ArgumentException>(() => lead.RejectBySales(" ", "alice", _time.GetUtcNow()));
    }

    [Fact]
    public void AssignOwner_Mql_Throws()
    {
        var lead = new LeadBuilder().AsMql().Build();

        Assert.Throws<SalesDomainException>(() => lead.AssignOwner("alice", AssignmentMethod.Manual, _time.GetUtcNow()));
    }

    [Fact]
    public void AssignOwner_Sql_RecordsMethodAndTime()
    {
        var lead = new LeadBuilder().AsSql(owner: null).Build();

        lead.AssignOwner("bob", AssignmentMethod.OwnerFirst, _time.GetUtcNow());

        Assert.Equal(("bob", AssignmentMethod.OwnerFirst, LeadBuilder.Epoch), (lead.OwnerRepId, lead.OwnerAssignedBy, lead.OwnerAssignedAt));
    }

    [Fact]
    public void Reassign_OwnedSql_ChangesOwnerAndRecordsBothOwnersWithoutMovingTheStatus()
    {
        var lead = new LeadBuilder().WithClock(_time).AsSql("alice").Build();
        _time.Advance(TimeSpan.FromHours(1));

        lead.Reassign("bob", AssignmentMethod.RoundRobin, " bob was free ", Actor.System, _time.GetUtcNow());

        Assert.Equal(("bob", AssignmentMethod.RoundRobin, LeadBuilder.Epoch.AddHours(1)), (lead.OwnerRepId, lead.OwnerAssignedBy, lead.OwnerAssignedAt));
        Assert.Equal(LeadStatus.Sql, lead.Status);
        Assert.Equal(
            new LeadStatusChange(lead.Id, 4, LeadStatus.Sql, LeadStatus.Sql, Actor.System, LeadBuilder.Epoch.AddHours(1), "bob was free",
                new LeadOwnerChange("alice", "bob", AssignmentMethod.RoundRobin)),
            lead.History[^1]);
    }

    [Fact]
    public void Reassign_ToTheOwner_ThrowsAndChangesNothing()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();

        Assert.Throws<SalesDomainException>(() => lead.Reassign("alice", AssignmentMethod.RoundRobin, "why", Actor.System, _time.GetUtcNow()));
        Assert.Equal(3, lead.History.Count);
    }

    [Fact]
    public void Reassign_WithoutOwner_Throws()
    {
        var lead = new LeadBuilder().AsSql(owner: null).Build();

        Assert.Throws<SalesDomainException>(() => lead.Reassign("bob", AssignmentMethod.RoundRobin, "why", Actor.System, _time.GetUtcNow()));
    }

    [Fact]
    public void Reassign_RejectedLead_ThrowsAndChangesNothing()
    {
        var lead = new LeadBuilder().AsSql("alice").Build();
        lead.RejectBySales("no budget after all", "alice", _time.GetUtcNow());

        Assert.Throws<SalesDomainException>(() => lead.Reassign("bob", AssignmentMethod.RoundRobin, "why", Actor.System, _time.GetUtcNow()));
        Assert.Equal(("alice", 4), (lead.OwnerRepId, lead.History.Count));
    }

    [Fact]
    public void History_ExposedList_CannotBeModified()
    {
        var lead = new LeadBuilder().Engaged().Build();
        var list = Assert.IsAssignableFrom<IList<LeadStatusChange>>(lead.History);

        Assert.Throws<NotSupportedException>(() => list.Clear());
    }
}
