using PipelineBot.Host.Tests.Cards;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// The assistant's lists and figures through the real host on <see cref="PipelineFixture"/>'s fixed pipeline: a rep
/// (anna) gets her own deals only, a manager (maria) everyone's with owners named.
/// </summary>
public sealed class PipelineReportsTests
{
    [Fact]
    public async Task Stuck_Rep_HerStuckDealWithWhyAndButtons()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("which deals are stuck?");

        Assert.Equal("Stuck deals: 1. Each has sat in its stage longer than the stage allows.", reply.Text);
        var card = reply.Card();
        Assert.Equal([("Acme Analytics", "40,000 EUR", "in Proposal for 18 days, over the 14 days configured for it")], card.Rows());
        Assert.Equal(["Show", "Snooze 7 days"], card.RowButtons(0).Select(b => (string)b["title"]!));
    }

    [Fact]
    public async Task Stuck_RepWithQuietLeads_ListsHerLeadsGoneQuietNotAnotherReps()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        await fixture.SaveLeadWithoutDealAsync("Soylent", "anna", 11, 1);
        await fixture.SaveLeadWithoutDealAsync("Tyrell", "anna", 11, 20);
        await fixture.SaveLeadWithoutDealAsync("Cyberdyne", "ben", 10, 1);

        var reply = await fixture.Anna().AskAsync("which deals are stuck?");

        Assert.Equal(
            "Stuck deals: 1. Each has sat in its stage longer than the stage allows.\n\nLeads gone quiet (owned, no deal yet):\n• Soylent, quiet for 23 days",
            reply.Text);
        Assert.Single(reply.Card().Rows());
    }

    [Fact]
    public async Task Stuck_Manager_EveryRepsLongestPastTheLimitFirst()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var card = (await fixture.Maria().AskAsync("show me stalled deals")).Card();

        Assert.Equal(
        [
            ("Acme Analytics", "40,000 EUR · Anna Novak", "in Proposal for 18 days, over the 14 days configured for it"),
            ("Acme Robotics", "5,000 EUR · Ben Carter", "in Contact for 9 days, over the 7 days configured for it"),
        ], card.Rows());
    }

    [Fact]
    public async Task Stuck_RepWithoutStuckDeals_SaysSo()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Host.NewRep("29:chloe-dubois").AskAsync("which deals are stuck?");

        Assert.Equal(("None of your deals is stuck.", null), (reply.Text, reply.Attachments));
    }

    [Fact]
    public async Task Summary_Rep_ByStageWithTheValueChart()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("my pipeline");

        Assert.Equal("New business: open deals 2, worth 50,000 EUR (20,500 EUR weighted by stage).", reply.Text);
        Assert.Equal(
        [
            ("Contact", "1 open · 10,000 EUR · 500 EUR weighted"),
            ("Qualification", "0 open · 0 EUR · 0 EUR weighted"),
            ("Meeting", "0 open · 0 EUR · 0 EUR weighted"),
            ("Proposal", "1 open · 40,000 EUR · 20,000 EUR weighted"),
            ("Negotiation", "0 open · 0 EUR · 0 EUR weighted"),
            ("Total", "2 open · 50,000 EUR · 20,500 EUR weighted"),
        ], CardAssert.Facts(reply.Card()));
        Assert.Equal(["pipeline-new-business.png"], reply.Charts());
    }

    [Fact]
    public async Task Summary_Manager_EveryRepsDeals()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Maria().AskAsync("pipeline summary by stage");

        Assert.Equal("New business: open deals 4, worth 115,000 EUR (65,750 EUR weighted by stage).", reply.Text);
        Assert.Equal(("Negotiation", "1 open · 60,000 EUR · 45,000 EUR weighted"), CardAssert.Facts(reply.Card())[4]);
        Assert.Single(reply.Charts());
    }

    [Theory]
    [InlineData("forecast this quarter", "Forecast for Q4 2026: 20,000 EUR weighted, from the open deals expected to close then (1, worth 40,000 EUR).")]
    [InlineData("forecast", "No open deal is expected to close in November 2026.")]
    [InlineData("what's the forecast for next month?", "Forecast for December 2026: 20,000 EUR weighted, from the open deals expected to close then (1, worth 40,000 EUR).")]
    [InlineData("forecast next quarter", "Forecast for Q1 2027: 500 EUR weighted, from the open deals expected to close then (1, worth 10,000 EUR).")]
    public async Task Forecast_Rep_HerDealsExpectedInThePeriod(string text, string expected)
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(expected, (await fixture.Anna().AskAsync(text)).Text);
    }

    [Fact]
    public async Task Forecast_Manager_EveryonesDeals()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        // Stark Industries, 60,000 × 0.75 in Negotiation, is expected on Nov 30.
        Assert.Equal(
            "Forecast for November 2026: 45,000 EUR weighted, from the open deals expected to close then (1, worth 60,000 EUR).",
            (await fixture.Maria().AskAsync("forecast this month")).Text);
    }

    [Fact]
    public async Task Metrics_Manager_EveryFigureBesideLastQuarterWithTheConversionChart()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Maria().AskAsync("metrics");

        Assert.Equal("Sales metrics for Q4 2026, beside Q3 2026.", reply.Text);
        var card = reply.Card();
        // Q4: Initech won in 39 days (20,000), Umbrella lost, 4 open now; Q3: Hooli won in 45 days (30,000), Wayne lost,
        // 2 open at its end. Velocity = open × win rate × average deal ÷ cycle: 1,025.6 now, 666.7 before, +54%.
        Assert.Equal(
        [
            ("Win rate", "50% (50% in Q3 2026; no change)"),
            ("Average deal size", "20,000 EUR (30,000 EUR in Q3 2026; -33%)"),
            ("Sales cycle", "39 days (45 days in Q3 2026; -6 days)"),
            ("Pipeline velocity", "1,026 EUR a day (667 EUR a day in Q3 2026; +54%)"),
            ("Open opportunities", "4 (2 in Q3 2026; +2)"),
            ("Won / lost", "1 / 1 (1 / 1 in Q3 2026; no change)"),
            ("Leads → MQL → SQL → customers", "4 → 4 → 4 → 0"),
        ], CardAssert.Facts(card));
        Assert.Equal(("Contact", "1 of 2 went on (50%)"), CardAssert.Facts(card, 1)[0]);
        Assert.Equal(["conversion-by-stage.png"], reply.Charts());
    }

    [Fact]
    public async Task Metrics_Rep_NoFigureWhereLastQuarterHadNoClosedDeal()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var card = (await fixture.Anna().AskAsync("metrics")).Card();

        Assert.Equal(("Pipeline velocity", "513 EUR a day (– in Q3 2026; –)"), CardAssert.Facts(card)[3]);
    }

    [Theory]
    [InlineData("what's our pipeline velocity?", "Pipeline velocity in Q4 2026: 1,026 EUR a day; in Q3 2026: 667 EUR a day (+54%).")]
    [InlineData("win rate", "Win rate in Q4 2026: 50%; in Q3 2026: 50% (no change).")]
    [InlineData("average deal size", "Average deal size in Q4 2026: 20,000 EUR; in Q3 2026: 30,000 EUR (-33%).")]
    [InlineData("how long is our sales cycle", "Sales cycle in Q4 2026: 39 days; in Q3 2026: 45 days (-6 days).")]
    public async Task Metric_Named_OneLineWithTheChange(string text, string expected)
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Maria().AskAsync(text);

        Assert.Equal((expected, null), (reply.Text, reply.Attachments));
    }

    [Fact]
    public async Task IdealPipeline_Rep_FromHerOwnFigures()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(
            "To make 100,000 EUR a month with an average deal of 20,000 EUR and a close rate of 50% (Q4 2026): 5 sales, so 10 leads a month.",
            (await fixture.Anna().AskAsync("how many leads do I need for 100k a month?")).Text);
    }

    [Fact]
    public async Task IdealPipeline_Manager_SharedAmongTheActiveReps()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(
            "To make 300,000 EUR a quarter with an average deal of 20,000 EUR and a close rate of 50% (Q4 2026): 15 sales, so 30 leads a quarter. "
            + "That is 10 leads a quarter for each of the 3 reps.",
            (await fixture.Maria().AskAsync("how many leads do we need for 300k per quarter")).Text);
    }

    [Theory]
    [InlineData("how many opportunities do I need", "How much should the pipeline bring? Say e.g. \"how many leads do I need for 100k a month?\"")]
    [InlineData("how many leads do i need for $250k quarterly", "I can only size targets in EUR, the currency the pipeline is valued in.")]
    public async Task IdealPipeline_NoTargetOrAnotherCurrency_SaysWhatItNeeds(string text, string expected)
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(expected, (await fixture.Anna().AskAsync(text)).Text);
    }

    [Fact]
    public async Task CallToday_Rep_MostUrgentFirstWithEveryReason()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("who should I call today?");

        Assert.Equal("Call these first, most urgent at the top:", reply.Text);
        var card = reply.Card();
        Assert.Equal(
        [
            ("Acme Analytics", "40,000 EUR",
                "next step overdue: send the revised proposal (due 20 Nov 2026); stuck, in Proposal for 18 days, over the 14 days configured for it; quiet for 14 days"),
            ("Globex", "10,000 EUR", "next step due today: call Hans (due 24 Nov 2026)"),
        ], card.Rows());
        Assert.Equal(["Show"], card.RowButtons(1).Select(b => (string)b["title"]!));
    }

    [Fact]
    public async Task CallToday_Manager_EveryRepsDealsWithOwners()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var card = (await fixture.Maria().AskAsync("call list")).Card();

        Assert.Equal(
            [("Acme Analytics", "40,000 EUR · Anna Novak"), ("Globex", "10,000 EUR · Anna Novak"), ("Acme Robotics", "5,000 EUR · Ben Carter")],
            card.Rows().Select(r => (r.Name, r.Line)));
    }

    [Fact]
    public async Task Help_SaysWhatTheAssistantUnderstands()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(RepAssistantTests.RepHelp(fixture.Host, "Maria Lopez", "reps.scope.manager"), (await fixture.Maria().AskAsync("help")).Text);
    }
}
