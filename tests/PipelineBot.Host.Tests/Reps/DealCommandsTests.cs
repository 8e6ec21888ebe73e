using PipelineBot.Host.Tests.Cards;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// Changing one deal by saying so, through the real host on <see cref="PipelineFixture"/>'s pipeline: moves (next,
/// named, confirmed when backward or skipping), won and lost with a reason, notes and next steps; a rep only ever
/// reaches her own deals, a manager anyone's; and the deal's history records each change by whom.
/// </summary>
public sealed class DealCommandsTests
{
    [Fact]
    public async Task Advance_WithoutAStage_MovesToTheNextOpenOne_AsTheRep()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("advance Globex");

        Assert.Equal("Moved Globex from Contact to Qualification.", reply.Text);
        var deal = await fixture.ReloadAsync(fixture.Globex);
        Assert.Equal(("Qualification", DealChangeKind.StageMoved, "Rep:anna", fixture.Globex.History.Count + 1),
            (deal.Stage, deal.History[^1].Kind, deal.History[^1].By.ToString(), deal.History[^1].Sequence));
    }

    [Fact]
    public async Task Advance_SkippingStages_AsksFirst_AndYesMovesIt()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();

        var question = await anna.AskAsync("move Globex to Proposal");

        Assert.Equal("Move Globex from Contact to Proposal, skipping Qualification, Meeting?", question.Text);
        Assert.Equal("Contact", (await fixture.ReloadAsync(fixture.Globex)).Stage);
        var yes = CardAssert.Action(question.Card(), "Yes, move it");
        Assert.Equal("Moved Globex from Contact to Proposal.", (await anna.ClickAsync(yes)).Text);
        Assert.Equal("Proposal", (await fixture.ReloadAsync(fixture.Globex)).Stage);
    }

    [Fact]
    public async Task Advance_Backward_AsksFirst_AndNoKeepsIt()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();

        var question = await anna.AskAsync("move Acme to Meeting");

        Assert.Equal("Move Acme Analytics back from Proposal to Meeting?", question.Text);
        var no = CardAssert.Action(question.Card(), "No, keep it in Proposal");
        Assert.Equal("OK, Acme Analytics stays in Proposal.", (await anna.ClickAsync(no)).Text);
        Assert.Equal(fixture.Acme.History.Count, (await fixture.ReloadAsync(fixture.Acme)).History.Count);
    }

    [Fact]
    public async Task Advance_UnknownStage_ListsTheDealsStages()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(
            "New business has no stage \"Renewed\". Its stages: Contact, Qualification, Meeting, Proposal, Negotiation, Closed Won, Closed Lost, Retention.",
            (await fixture.Anna().AskAsync("move Globex to Renewed")).Text);
    }

    [Fact]
    public async Task Advance_FromTheLastOpenStage_SaysToWinOrLose()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        Assert.Equal(
            "Stark Industries is in Negotiation, the last open stage. Say \"mark Stark Industries won\" or \"mark Stark Industries lost because …\".",
            (await fixture.Ben().AskAsync("advance Stark")).Text);
    }

    [Fact]
    public async Task Won_WithoutAReason_AsksForOne_ThenWinsWithIt()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var ben = fixture.Ben();

        var question = await ben.AskAsync("we won Stark!");

        Assert.Equal("Why was Stark Industries won? The reason goes into its history.", question.Text);
        var mark = CardAssert.Action(question.Card(), "Mark won");
        Assert.Equal("Marked Stark Industries won (Closed Won): signed for two years.", (await ben.ClickAsync(mark, ("reason", "signed for two years"))).Text);
        var deal = await fixture.ReloadAsync(fixture.Stark);
        Assert.Equal((DealOutcome.Won, DealChangeKind.Won, "signed for two years"), (deal.Outcome, deal.History[^1].Kind, deal.History[^1].Reason));
    }

    [Fact]
    public async Task Won_ReasonLeftEmpty_AsksAgainAndChangesNothing()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var ben = fixture.Ben();
        var mark = CardAssert.Action((await ben.AskAsync("mark Stark won")).Card(), "Mark won");

        var again = await ben.ClickAsync(mark, ("reason", "  "));

        Assert.Equal("Why was Stark Industries won? The reason goes into its history.", again.Text);
        Assert.Equal(DealOutcome.Open, (await fixture.ReloadAsync(fixture.Stark)).Outcome);
    }

    [Fact]
    public async Task Lost_WithItsReason_ClosesAtOnce()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("mark Globex lost because they chose a competitor");

        Assert.Equal("Marked Globex lost (Closed Lost): they chose a competitor.", reply.Text);
        var deal = await fixture.ReloadAsync(fixture.Globex);
        Assert.Equal(("Closed Lost", "they chose a competitor", "Rep:anna"), (deal.Stage, deal.CloseReason, deal.History[^1].By.ToString()));
    }

    [Fact]
    public async Task Note_IsAddedAsTheRep()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("add a note to Acme: wants a two-year discount");

        Assert.Equal("Added your note to Acme Analytics.", reply.Text);
        var note = (await fixture.ReloadAsync(fixture.Acme)).Notes[^1];
        Assert.Equal(("wants a two-year discount", "Rep:anna", PipelineFixture.Now), (note.Text, note.Author.ToString(), note.At));
    }

    [Fact]
    public async Task NextStep_WithADueDay_IsSet()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var reply = await fixture.Anna().AskAsync("next step for Acme: send contract by Friday");

        Assert.Equal("Next step for Acme Analytics: send contract, due 27 Nov 2026.", reply.Text);
        Assert.Equal(new NextStep("send contract", new DateOnly(2026, 11, 27)), (await fixture.ReloadAsync(fixture.Acme)).NextStep);
    }

    [Fact]
    public async Task NextStep_WithoutADueDay_AsksOnACard_ThatSetsIt()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();

        var question = await anna.AskAsync("next step for Globex: send pricing");

        Assert.Equal("By when should \"send pricing\" be done for Globex?", question.Text);
        var card = question.Card();
        Assert.Equal("send pricing", (string?)CardAssert.Body(card)[0]["value"]);
        var set = CardAssert.Action(card, "Set next step");
        Assert.Equal("Next step for Globex: send pricing list, due 2 Dec 2026.", (await anna.ClickAsync(set, ("step", "send pricing list"), ("due", "2026-12-02"))).Text);
        Assert.Equal(new NextStep("send pricing list", new DateOnly(2026, 12, 2)), (await fixture.ReloadAsync(fixture.Globex)).NextStep);
    }

    [Fact]
    public async Task Rep_AnotherRepsDeal_IsUnknownToHer_AndUnchanged()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();

        var replies = new[]
        {
            await anna.AskAsync("show Stark"),
            await anna.AskAsync("move Stark to Closed Lost"),
            await anna.AskAsync("mark Stark Industries lost because no budget"),
            await anna.AskAsync("add a note to Stark: call them"),
        };

        Assert.All(replies, r => Assert.Equal("I don't know a deal called \"Stark\". Your open deals: Acme Analytics, Globex.", r.Text!.Replace("Stark Industries", "Stark", StringComparison.Ordinal)));
        var stark = await fixture.ReloadAsync(fixture.Stark);
        Assert.Equal((fixture.Stark.History.Count, fixture.Stark.Notes.Count, DealOutcome.Open), (stark.History.Count, stark.Notes.Count, stark.Outcome));
    }

    [Fact]
    public async Task Rep_ForgedButtonForAnotherRepsDeal_LearnsNothingAndChangesNothing()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var id = fixture.Stark.Id.ToString();

        var replies = new[]
        {
            await anna.SendAsync(anna.Submit(new { action = "deal.show", dealId = id })),
            await anna.SendAsync(anna.Submit(new { action = "deal.move", dealId = id, from = "Negotiation", to = "Closed Lost", confirmed = "true", reason = "x" })),
            await anna.SendAsync(anna.Submit(new { action = "deal.note", dealId = id, note = "mine now" })),
            await anna.SendAsync(anna.Submit(new { action = "deal.snooze", dealId = id, days = "7" })),
            await anna.SendAsync(anna.Submit(new { action = "deal.show", dealId = Guid.NewGuid().ToString() })),
        };

        Assert.All(replies, r => Assert.Equal("I can't find that deal among the deals you can see.", Assert.Single(r).Text));
        Assert.DoesNotContain("Stark", RepChat.Everything(replies.SelectMany(r => r)), StringComparison.Ordinal);
        Assert.Equal(fixture.Stark.Version, (await fixture.ReloadAsync(fixture.Stark)).Version);
    }

    [Fact]
    public async Task Manager_ChangesAnyRepsDeal_AndTheHistorySaysShe_Did()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var maria = fixture.Maria();

        Assert.Equal("Moved Acme Robotics from Contact to Qualification.", (await maria.AskAsync("advance Acme Robotics")).Text);

        var card = (await fixture.Ben().AskAsync("show Acme Robotics")).Card();
        Assert.Contains(CardAssert.Texts(card), t => t.EndsWith("Maria Lopez: moved from Contact to Qualification", StringComparison.Ordinal));
        Assert.Equal("Rep:maria", (await fixture.ReloadAsync(fixture.AcmeRobotics)).History[^1].By.ToString());
    }

    [Fact]
    public async Task Manager_AmbiguousName_PicksFromTheNamesakes_AndTheCommandGoesOn()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var maria = fixture.Maria();

        var question = await maria.AskAsync("advance Acme");

        Assert.Equal("\"Acme\" could be several deals. Which one do you mean?", question.Text);
        var card = question.Card();
        Assert.Equal(["Acme Analytics: Proposal, Anna Novak", "Acme Robotics: Contact, Ben Carter"], CardAssert.Actions(card).Select(a => (string)a["title"]!));
        Assert.Equal("Moved Acme Robotics from Contact to Qualification.", (await maria.ClickAsync(CardAssert.Actions(card)[1])).Text);
        Assert.Equal("Proposal", (await fixture.ReloadAsync(fixture.Acme)).Stage);
    }

    [Fact]
    public async Task Rep_TheSameName_IsHerOwnDeal()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var card = (await fixture.Ben().AskAsync("show Acme")).Card();

        Assert.Equal("Acme Robotics", CardAssert.Texts(card)[0]);
    }
}
