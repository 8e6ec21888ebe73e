using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Metrics;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Tests.Deals;

namespace PipelineBot.Sales.Tests.Pipeline;

public sealed class DealTriageTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2025, 3, 20);
    private readonly PipelineCatalog _pipelines = TestPipelines.Catalog();
    private readonly DealTriage _triage;

    public DealTriageTests() => _triage = new DealTriage(new DealValuation(_pipelines, "EUR"), TimeSpan.FromDays(14));

    [Fact]
    public void Assess_DealWithADueStepAndRecentActivity_NeedsNothing()
    {
        var deal = new DealBuilder(Now.AddDays(-2)).NextStep("call", Today.AddDays(1)).Build();

        Assert.Empty(Assess(deal).Reasons);
    }

    [Theory]
    [InlineData(-1, AttentionReason.NextStepOverdue)]
    [InlineData(0, AttentionReason.NextStepDueToday)]
    public void Assess_NextStepDue_SaysHowUrgent(int dueInDays, AttentionReason expected)
    {
        var deal = new DealBuilder(Now.AddDays(-2)).NextStep("call", Today.AddDays(dueInDays)).Build();

        Assert.Equal([expected], Assess(deal).Reasons);
    }

    [Fact]
    public void Assess_UntouchedForTwoWeeks_StuckSilentAndWithoutNextStepMostUrgentFirst()
    {
        var deal = new DealBuilder(Now.AddDays(-14)).Build();

        var attention = Assess(deal);

        Assert.Equal([AttentionReason.Stuck, AttentionReason.GoneSilent, AttentionReason.NoNextStep], attention.Reasons);
        Assert.Equal(TimeSpan.FromDays(14), attention.QuietFor);
    }

    [Fact]
    public void Assess_NoteIsActivity_NotSilent()
    {
        var deal = new DealBuilder(Now.AddDays(-20)).NextStep("call", Today.AddDays(3)).After(19).Note("left a voicemail").Build();

        Assert.Equal([AttentionReason.Stuck], Assess(deal).Reasons);
    }

    [Fact]
    public void Assess_StuckAndPushedBack_ReportsBothWithTheStuckDetail()
    {
        var deal = new DealBuilder(Now.AddDays(-10)).NextStep("call", Today.AddDays(3)).ExpectedClose(Today)
            .After(1).MoveTo("Qualification").ExpectedClose(Today.AddDays(30)).Build();

        var attention = Assess(deal);

        Assert.Equal([AttentionReason.Stuck, AttentionReason.ExpectedClosePushedBack], attention.Reasons);
        Assert.Equal(TimeSpan.FromDays(9), attention.Stuck!.InStage);
    }

    [Fact]
    public void Assess_WeightsTheValueByTheStage_OtherCurrenciesCountNothing()
    {
        var euros = new DealBuilder(Now).Worth(10_000m).MoveTo("Proposal").Build();
        var dollars = new DealBuilder(Now).Worth(10_000m, "USD").MoveTo("Proposal").Build();

        Assert.Equal((5_000m, 0m), (Assess(euros).WeightedValue, Assess(dollars).WeightedValue));
    }

    [Fact]
    public void RankCalls_MostUrgentReasonThenWeightedValueThenQuietThenId()
    {
        var overdueSmall = new DealBuilder(Now.AddDays(-1)).Worth(1_000m).NextStep("call", Today.AddDays(-1)).Build();
        var stuckBig = new DealBuilder(Now.AddDays(-9)).Worth(90_000m).NextStep("call", Today.AddDays(2)).Build();
        var stuckSmall = new DealBuilder(Now.AddDays(-9)).Worth(1_000m).NextStep("call", Today.AddDays(2)).Build();
        var dueTodayBig = new DealBuilder(Now.AddDays(-1)).Worth(50_000m).NextStep("call", Today).Build();
        var noStepQuiet = new DealBuilder(Now.AddDays(-5)).Build();
        var noStepFresh = new DealBuilder(Now.AddDays(-1)).Build();
        var fine = new DealBuilder(Now.AddDays(-1)).NextStep("call", Today.AddDays(2)).Build();
        var all = new[] { fine, noStepFresh, stuckSmall, noStepQuiet, dueTodayBig, stuckBig, overdueSmall }.Select(Assess);

        var ranked = DealTriage.RankCalls(all, 10);

        Assert.Equal([overdueSmall.Id, dueTodayBig.Id, stuckBig.Id, stuckSmall.Id, noStepQuiet.Id, noStepFresh.Id], ranked.Select(a => a.Deal.Id));
        Assert.Equal([overdueSmall.Id, dueTodayBig.Id], DealTriage.RankCalls(all, 2).Select(a => a.Deal.Id));
    }

    private DealAttention Assess(Deal deal) =>
        _triage.Assess(deal.ToSummary(), new StuckRule(new StuckDealOptions()).LimitFor(_pipelines.Find(deal.Pipeline, deal.Stage)!, []), Today, Now);
}
