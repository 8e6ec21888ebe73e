using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Tests.Pipeline;

namespace PipelineBot.Sales.Tests.Deals;

/// <summary>Stage moves checked against the pipeline: unknown refused, backward and skipping flagged, closing needing a reason.</summary>
public partial class DealTests
{
    [Fact]
    public void MoveTo_NextStage_AppendsHistoryWithoutFlags()
    {
        var deal = new DealBuilder(Epoch).Build();

        var move = deal.MoveTo("Qualification", TestPipelines.Default(), Alice, Epoch.AddDays(3));

        Assert.False(move.NeedsConfirmation);
        Assert.Equal(("Qualification", Epoch.AddDays(3)), (deal.Stage, deal.EnteredStageAt));
        Assert.Equal(new DealChange(deal.Id, 2, DealChangeKind.StageMoved, "Contact", "Qualification", Alice, Epoch.AddDays(3)), deal.History[^1]);
    }

    [Fact]
    public void PreviewMove_SkippingStages_NamesThemAndChangesNothing()
    {
        var deal = new DealBuilder(Epoch).Build();

        var move = deal.PreviewMove("proposal", TestPipelines.Default());

        Assert.Equal(("Contact", "Proposal", false), (move.From, move.To.Name, move.IsBackward));
        Assert.Equal(["Qualification", "Meeting"], move.SkippedStages);
        Assert.True(move.NeedsConfirmation);
        Assert.Equal(("Contact", 1), (deal.Stage, deal.History.Count));
    }

    [Fact]
    public void MoveTo_Backward_IsAllowedButFlagged()
    {
        var deal = new DealBuilder(Epoch).After(1).MoveTo("Proposal").Build();

        var move = deal.MoveTo("Meeting", TestPipelines.Default(), Alice, Epoch.AddDays(2));

        Assert.Equal((true, true), (move.IsBackward, move.NeedsConfirmation));
        Assert.Empty(move.SkippedStages);
        Assert.Equal("Meeting", deal.Stage);
    }

    [Fact]
    public void MoveTo_UnknownStage_ThrowsListingTheStages()
    {
        var deal = new DealBuilder(Epoch).Build();

        var error = Assert.Throws<SalesDomainException>(() => deal.MoveTo("Discovery", TestPipelines.Default(), Alice, Epoch));

        Assert.Equal(
            "Pipeline 'New business' has no stage 'Discovery'; its stages are Contact, Qualification, Meeting, Proposal, Negotiation, Closed Won, Closed Lost, Retention.",
            error.Message);
        Assert.Single(deal.History);
    }

    [Fact]
    public void MoveTo_SameStage_Throws()
    {
        var deal = new DealBuilder(Epoch).Build();

        Assert.Throws<SalesDomainException>(() => deal.MoveTo("contact", TestPipelines.Default(), Alice, Epoch));
    }

    [Fact]
    public void MoveTo_AnotherPipeline_Throws()
    {
        var deal = new DealBuilder(Epoch).Build();

        Assert.Throws<ArgumentException>(() => deal.MoveTo("Renewed", TestPipelines.Get(TestPipelines.Renewals), Alice, Epoch));
    }

    [Fact]
    public void MoveTo_WonStageWithoutReason_Throws()
    {
        var deal = new DealBuilder(Epoch).Build();

        var error = Assert.Throws<SalesDomainException>(() => deal.MoveTo("Closed Won", TestPipelines.Default(), Alice, Epoch, reason: " "));

        Assert.Equal($"Deal {deal.Id} cannot be won without a reason; say why.", error.Message);
        Assert.Equal(DealOutcome.Open, deal.Outcome);
    }

    [Fact]
    public void Win_FromNegotiation_ClosesWithReason()
    {
        var deal = new DealBuilder(Epoch).After(1).MoveTo("Qualification").MoveTo("Meeting").MoveTo("Proposal").MoveTo("Negotiation").Build();

        var move = deal.Win(" signed for 3 years ", TestPipelines.Default(), Alice, Epoch.AddDays(9));

        Assert.False(move.NeedsConfirmation);
        Assert.Equal(("Closed Won", DealOutcome.Won, Epoch.AddDays(9), "signed for 3 years"), (deal.Stage, deal.Outcome, deal.ClosedAt, deal.CloseReason));
        Assert.Equal((DealChangeKind.Won, "signed for 3 years"), (deal.History[^1].Kind, deal.History[^1].Reason));
    }

    [Fact]
    public void Lose_FromAnyStage_SkipsNothing()
    {
        var deal = new DealBuilder(Epoch).Build();

        var move = deal.Lose("no budget this year", TestPipelines.Default(), Alice, Epoch.AddDays(1));

        Assert.False(move.NeedsConfirmation);
        Assert.Equal(("Closed Lost", DealOutcome.Lost, "no budget this year"), (deal.Stage, deal.Outcome, deal.CloseReason));
    }

    [Fact]
    public void MoveTo_OpenStageAfterLosing_ReopensBackward()
    {
        var deal = new DealBuilder(Epoch).After(1).MoveTo("Proposal").After(1).Lose().Build();

        var move = deal.MoveTo("Negotiation", TestPipelines.Default(), Alice, Epoch.AddDays(5));

        Assert.True(move.IsBackward);
        Assert.Equal((DealOutcome.Open, null, null, DealChangeKind.Reopened), (deal.Outcome, deal.ClosedAt, deal.CloseReason, deal.History[^1].Kind));
    }

    [Fact]
    public void MoveTo_RetentionAfterWinning_StaysWonWithoutFlags()
    {
        var deal = new DealBuilder(Epoch).After(10).Win().Build();

        var move = deal.MoveTo("Retention", TestPipelines.Default(), Alice, Epoch.AddDays(40));

        Assert.False(move.NeedsConfirmation);
        Assert.Equal((DealOutcome.Won, Epoch.AddDays(10), DealChangeKind.StageMoved), (deal.Outcome, deal.ClosedAt, deal.History[^1].Kind));
    }

    [Fact]
    public void MoveTo_StageRemovedFromConfiguration_CanStillLeaveIt()
    {
        var deal = new DealBuilder(Epoch).After(1).MoveTo("Meeting").Build();
        var options = TestPipelines.Options();
        options.Pipelines[0].Stages.RemoveAt(2);
        var pipeline = new Sales.Pipeline.PipelineCatalog(options).Default;

        var move = deal.MoveTo("Proposal", pipeline, Alice, Epoch.AddDays(2));

        Assert.False(move.NeedsConfirmation);
        Assert.Equal("Proposal", deal.Stage);
    }

    [Fact]
    public void StageAt_ReadsTheHistory()
    {
        var deal = new DealBuilder(Epoch).After(2).MoveTo("Qualification").After(3).MoveTo("Proposal").Build();

        Assert.Equal(
            [null, "Contact", "Contact", "Qualification", "Proposal"],
            new[] { -1, 0, 1, 2, 30 }.Select(days => deal.StageAt(Epoch.AddDays(days))));
    }

    [Fact]
    public void CompletedDwells_EachStageEntryIsLeftByTheNext()
    {
        var deal = new DealBuilder(Epoch).After(2).MoveTo("Qualification").Worth(10m).After(3).MoveTo("Proposal").Build();

        Assert.Equal(
            [new StageDwell("Contact", Epoch, Epoch.AddDays(2), 2), new StageDwell("Qualification", Epoch.AddDays(2), Epoch.AddDays(5), 4)],
            deal.CompletedDwells());
        Assert.Equal(TimeSpan.FromDays(3), deal.CompletedDwells()[1].Duration);
    }
}
