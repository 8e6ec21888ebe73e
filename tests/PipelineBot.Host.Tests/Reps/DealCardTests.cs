using PipelineBot.Host.Tests.Cards;
using PipelineBot.Sales.Deals;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>"Show Acme" and the buttons on the deal's card and on the lists, clicked through the real host.</summary>
public sealed class DealCardTests
{
    [Fact]
    public async Task Show_TheDealWithWhatNeedsAttentionHistoryNotesAndButtons()
    {
        await using var fixture = await PipelineFixture.StartAsync();

        var card = (await fixture.Anna().AskAsync("how is Acme doing?")).Card();

        Assert.Equal(
        [
            ("Pipeline", "New business"),
            ("Stage", "Proposal since 6 Nov 2026 10:00"),
            ("Value", "40,000 EUR"),
            ("Owner", "Anna Novak"),
            ("Expected close", "15 Dec 2026"),
            ("Next step", "send the revised proposal (due 20 Nov 2026)"),
            ("Needs attention",
                "next step overdue: send the revised proposal (due 20 Nov 2026); stuck, in Proposal for 18 days, over the 14 days configured for it; quiet for 14 days"),
        ], CardAssert.Facts(card));
        var texts = CardAssert.Texts(card);
        Assert.Equal("Acme Analytics", texts[0]);
        Assert.Equal(
        [
            "History",
            "1 Nov 2026 10:00 · PipelineBot: opened in Contact",
            "1 Nov 2026 10:00 · Anna Novak: value set to 40000 EUR",
            "3 Nov 2026 10:00 · Anna Novak: moved from Contact to Qualification",
            "5 Nov 2026 10:00 · Anna Novak: moved from Qualification to Meeting",
            "6 Nov 2026 10:00 · Anna Novak: moved from Meeting to Proposal",
            "6 Nov 2026 10:00 · Anna Novak: expected close set to 2026-12-15",
            "6 Nov 2026 10:00 · Anna Novak: next step: send the revised proposal (due 2026-11-20)",
            "Notes",
            "10 Nov 2026 10:00 · Anna Novak: Wants a two-year discount.",
        ], texts[1..]);
        Assert.Equal(["Advance to Negotiation", "Snooze stuck warning", "Add note"], CardAssert.Actions(card).Select(a => (string)a["title"]!));
    }

    [Fact]
    public async Task Show_FromAListsButton_OpensTheDealsCard()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var maria = fixture.Maria();
        var stuck = (await maria.AskAsync("which deals are stuck?")).Card();

        var shown = await maria.ClickAsync(stuck.RowButtons(1)[0]);

        Assert.Equal("Acme Robotics", CardAssert.Texts(shown.Card())[0]);
    }

    [Fact]
    public async Task Advance_OnTheCard_MovesToTheNextStage()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var card = (await anna.AskAsync("show Acme")).Card();

        var reply = await anna.ClickAsync(CardAssert.Action(card, "Advance to Negotiation"));

        Assert.Equal("Moved Acme Analytics from Proposal to Negotiation.", reply.Text);
        Assert.Equal("Negotiation", (await fixture.ReloadAsync(fixture.Acme)).Stage);
    }

    [Fact]
    public async Task Advance_OnACardShownBeforeTheDealMoved_ChangesNothingAndSaysWhereItIs()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var card = (await anna.AskAsync("show Acme")).Card();
        await fixture.Maria().ClickAsync(CardAssert.Action((await fixture.Maria().AskAsync("move Acme Analytics to Meeting")).Card(), "Yes, move it"));

        var reply = await anna.ClickAsync(CardAssert.Action(card, "Advance to Negotiation"));

        Assert.Equal(
            "Acme Analytics changed while you were working on it and is now in Meeting, so I changed nothing. Look at it again and retry if it still makes sense.",
            reply.Text);
        Assert.Equal("Meeting", (await fixture.ReloadAsync(fixture.Acme)).Stage);
    }

    [Fact]
    public async Task Snooze_OnTheCard_SilencesTheStuckWarningForTheDaysGiven()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var card = (await anna.AskAsync("show Acme")).Card();

        var reply = await anna.ClickAsync(card.PanelButton("Snooze stuck warning"), ("days", "10"));

        Assert.Equal("The stuck warning for Acme Analytics is snoozed until 4 Dec 2026 11:00, or until it moves to another stage.", reply.Text);
        Assert.Equal("None of your deals is stuck.", (await anna.AskAsync("which deals are stuck?")).Text);
        var shown = CardAssert.Facts((await anna.AskAsync("show Acme")).Card());
        Assert.Contains(("Stuck warning snoozed until", "4 Dec 2026 11:00"), shown);
        Assert.Equal(DealChangeKind.StuckWarningSnoozed, (await fixture.ReloadAsync(fixture.Acme)).History[^1].Kind);
    }

    [Fact]
    public async Task Snooze_FromTheStuckList_ForAWeek_UntilTheClockPassesIt()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var stuck = (await anna.AskAsync("which deals are stuck?")).Card();

        await anna.ClickAsync(stuck.RowButtons(0)[1]);

        Assert.Equal("None of your deals is stuck.", (await anna.AskAsync("which deals are stuck?")).Text);
        fixture.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Contains("Acme Analytics", (await anna.AskAsync("which deals are stuck?")).Card().Rows().Select(r => r.Name));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("91")]
    [InlineData("seven")]
    public async Task Snooze_DaysOutOfRange_AsksAgainAndChangesNothing(string days)
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var anna = fixture.Anna();
        var card = (await anna.AskAsync("show Acme")).Card();

        var reply = await anna.ClickAsync(card.PanelButton("Snooze stuck warning"), ("days", days));

        Assert.Equal("Snooze for a whole number of days from 1 to 90.", reply.Text);
        Assert.Equal(fixture.Acme.History.Count, (await fixture.ReloadAsync(fixture.Acme)).History.Count);
    }

    [Fact]
    public async Task Note_OnTheCard_IsAddedAndShown()
    {
        await using var fixture = await PipelineFixture.StartAsync();
        var maria = fixture.Maria();
        var card = (await maria.AskAsync("show Stark")).Card();

        var reply = await maria.ClickAsync(card.PanelButton("Add note"), ("note", "Legal *needs* a week."));

        Assert.Equal("Added your note to Stark Industries.", reply.Text);
        var shown = CardAssert.Texts((await fixture.Ben().AskAsync("show Stark")).Card());
        // Ben reads it on his own clock, New York's.
        Assert.Equal("24 Nov 2026 05:00 · Maria Lopez: Legal \\*needs\\* a week.", shown[^1]);
    }
}
