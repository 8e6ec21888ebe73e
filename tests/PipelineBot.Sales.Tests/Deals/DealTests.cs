using Microsoft.Extensions.Time.Testing;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Tests.Leads;
using PipelineBot.Sales.Tests.Pipeline;
using PipelineBot.Sales.Tests.Qualification;

namespace PipelineBot.Sales.Tests.Deals;

public partial class DealTests
{
    private static readonly DateTimeOffset Epoch = LeadBuilder.Epoch;
    private static readonly Actor Alice = Actor.Rep("alice");
    private readonly FakeTimeProvider _time = new(Epoch);

    [Fact]
    public void Open_SqlLead_StartsInDefaultPipelinesFirstStageWithOwnerAndLinksLead()
    {
        var lead = new LeadBuilder().WithAnswers(TestScript.StrongProspect).AsSql("alice").Build();
        var id = Guid.NewGuid();

        var deal = Deal.Open(id, lead, TestPipelines.Default(), Actor.System, _time.GetUtcNow());

        Assert.Equal((id, lead.Id, "Acme", "alice", TestPipelines.NewBusiness, "Contact", Epoch, Epoch, DealOutcome.Open),
            (deal.Id, deal.LeadId, deal.Company, deal.OwnerRepId, deal.Pipeline, deal.Stage, deal.OpenedAt, deal.EnteredStageAt, deal.Outcome));
        Assert.Equal(new DealChange(id, 1, DealChangeKind.Opened, null, "Contact", Actor.System, Epoch), Assert.Single(deal.History));
        Assert.Equal(id, lead.DealId);
    }

    [Fact]
    public void Open_CompanyNotGiven_UsesEmailDomain()
    {
        var lead = new LeadBuilder().WithEmail("ann@acme.example").AsSql().Build();

        Assert.Equal("acme.example", Deal.Open(Guid.NewGuid(), lead, TestPipelines.Default(), Actor.System, _time.GetUtcNow()).Company);
    }

    [Fact]
    public void Open_MqlLead_Throws()
    {
        var lead = new LeadBuilder().AsMql().Build();

        var error = Assert.Throws<SalesDomainException>(() => Deal.Open(Guid.NewGuid(), lead, TestPipelines.Default(), Actor.System, _time.GetUtcNow()));

        Assert.Contains("a deal opens only for an Sql lead", error.Message, StringComparison.Ordinal);
        Assert.Null(lead.DealId);
    }

    [Fact]
    public void Open_SecondDealForLead_Throws()
    {
        var lead = new LeadBuilder().AsSql().Build();
        var first = Deal.Open(Guid.NewGuid(), lead, TestPipelines.Default(), Actor.System, _time.GetUtcNow());

        Assert.Throws<SalesDomainException>(() => Deal.Open(Guid.NewGuid(), lead, TestPipelines.Default(), Actor.System, _time.GetUtcNow()));
        Assert.Equal(first.Id, lead.DealId);
    }

    [Fact]
    public void SetValue_ChangedTwice_RecordsEachWithTheOldValue()
    {
        var deal = new DealBuilder(Epoch).After(1).Worth(10_000m).After(1).Worth(12_500.5m, "eur").Build();

        Assert.Equal(new Money(12_500.5m, "EUR"), deal.Value);
        Assert.Equal(
            [(null, "10000 EUR"), ("10000 EUR", "12500.5 EUR")],
            deal.History.Where(c => c.Kind == DealChangeKind.ValueSet).Select(c => (c.From, c.To)));
    }

    [Fact]
    public void SetValue_SameValue_RecordsNothing()
    {
        var deal = new DealBuilder(Epoch).Worth(100m).Worth(100m).Build();

        Assert.Equal(2, deal.History.Count);
    }

    [Theory]
    [InlineData(-1, "EUR")]
    [InlineData(1, "EURO")]
    [InlineData(1, "E1R")]
    public void Money_NegativeOrNotACurrencyCode_Throws(decimal amount, string currency)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Money(amount, currency));
    }

    [Fact]
    public void SetExpectedClose_LaterDay_IsRecordedAsPushBack()
    {
        var deal = new DealBuilder(Epoch)
            .ExpectedClose(new DateOnly(2025, 4, 30))
            .After(10).ExpectedClose(new DateOnly(2025, 4, 15))
            .After(10).ExpectedClose(new DateOnly(2025, 5, 31))
            .After(10).ExpectedClose(new DateOnly(2025, 6, 30))
            .Build();

        Assert.Equal(new DateOnly(2025, 6, 30), deal.ExpectedClose);
        Assert.Equal(2, deal.ExpectedClosePushBacks);
        Assert.Equal(
            [(DealChangeKind.ExpectedCloseSet, null, "2025-04-30"), (DealChangeKind.ExpectedCloseSet, "2025-04-30", "2025-04-15"),
             (DealChangeKind.ExpectedClosePushedBack, "2025-04-15", "2025-05-31"), (DealChangeKind.ExpectedClosePushedBack, "2025-05-31", "2025-06-30")],
            deal.History.Skip(1).Select(c => (c.Kind, c.From, c.To)));
    }

    [Fact]
    public void SetNextStep_ReplacesTheStepAndRecordsBoth()
    {
        var deal = new DealBuilder(Epoch)
            .NextStep("  call Ann about the budget ", new DateOnly(2025, 3, 5))
            .After(2).NextStep("send the proposal", new DateOnly(2025, 3, 10))
            .Build();

        Assert.Equal(new NextStep("send the proposal", new DateOnly(2025, 3, 10)), deal.NextStep);
        Assert.Equal(("call Ann about the budget (due 2025-03-05)", "send the proposal (due 2025-03-10)"), (deal.History[^1].From, deal.History[^1].To));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public void SetNextStep_Blank_Throws(string action)
    {
        var deal = new DealBuilder(Epoch).Build();

        Assert.ThrowsAny<ArgumentException>(() => deal.SetNextStep(action, new DateOnly(2025, 3, 5), Alice, Epoch));
    }

    [Fact]
    public void AddNote_KeepsAuthorTimeAndTextApartFromTheHistory()
    {
        var deal = new DealBuilder(Epoch).After(1).Note(" Ann wants a discount for 3 years. ").Build();

        Assert.Equal(new DealNote(Alice, Epoch.AddDays(1), "Ann wants a discount for 3 years."), Assert.Single(deal.Notes));
        Assert.Single(deal.History);
        Assert.Equal(Epoch.AddDays(1), deal.LastActivityAt);
    }

    [Fact]
    public void AddNote_TooLong_Throws()
    {
        var deal = new DealBuilder(Epoch).Build();

        Assert.Throws<ArgumentException>(() => deal.AddNote(new string('x', Deal.MaxNoteLength + 1), Alice, Epoch));
    }

    [Fact]
    public void AssignOwner_NewRep_IsRecorded()
    {
        var deal = new DealBuilder(Epoch).Build();

        deal.AssignOwner("bob", Actor.Rep("carol"), Epoch.AddDays(1));

        Assert.Equal("bob", deal.OwnerRepId);
        Assert.Equal(new DealChange(deal.Id, 2, DealChangeKind.OwnerAssigned, "alice", "bob", Actor.Rep("carol"), Epoch.AddDays(1)), deal.History[^1]);
    }

    [Fact]
    public void AnyChange_DatedBeforeTheLast_Throws()
    {
        var deal = new DealBuilder(Epoch).After(5).MoveTo("Qualification").Build();

        Assert.Throws<ArgumentOutOfRangeException>(() => deal.SetValue(new Money(1m, "EUR"), Alice, Epoch.AddDays(4)));
        Assert.Equal(2, deal.History.Count);
    }

    [Fact]
    public void FromSnapshot_FullDeal_RestoresEverything()
    {
        var deal = new DealBuilder(Epoch).Worth(5_000m).ExpectedClose(new DateOnly(2025, 5, 1)).NextStep("demo", new DateOnly(2025, 3, 6))
            .After(2).MoveTo("Meeting").Note("demo went well").After(3).Lose().Build();
        deal.ConfirmSaved(3);

        var restored = Deal.FromSnapshot(deal.ToSnapshot());

        Assert.Equal(deal.ToSnapshot() with { History = [], Notes = [] }, restored.ToSnapshot() with { History = [], Notes = [] });
        Assert.Equal(deal.History, restored.History);
        Assert.Equal(deal.Notes, restored.Notes);
        Assert.Equal(deal.EnteredStageAt, restored.EnteredStageAt);
    }

    [Fact]
    public void FromSnapshot_StageDisagreesWithHistory_Throws()
    {
        var snapshot = new DealBuilder(Epoch).Build().ToSnapshot() with { Stage = "Proposal" };

        Assert.Throws<SalesDomainException>(() => Deal.FromSnapshot(snapshot));
    }

    [Fact]
    public void FromSnapshot_GapInHistory_Throws()
    {
        var snapshot = new DealBuilder(Epoch).After(1).MoveTo("Qualification").After(1).MoveTo("Meeting").Build().ToSnapshot();

        Assert.Throws<SalesDomainException>(() => Deal.FromSnapshot(snapshot with { History = [snapshot.History[0], snapshot.History[2]] }));
    }
}
