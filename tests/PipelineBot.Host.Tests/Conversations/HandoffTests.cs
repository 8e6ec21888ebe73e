using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// "Talk to a person" in the middle of the questions, through the real host: what the visitor is promised by the
/// company's business hours (Europe/Prague, Mon-Fri 09:00-17:30, a reply within an hour), who gets the hand-off card,
/// and that the visitor is then asked the same question again.
/// </summary>
public sealed class HandoffTests
{
    private const string AnnaTeamsId = "29:anna-novak";
    private const string ChloeTeamsId = "29:chloe-dubois";
    private const string HandoffCardTitle = "A visitor asks to talk to a person";
    private const string Continue = "Meanwhile, shall we carry on where we left off?";
    private const string WithinAnHour = "I've let our team know. Someone will get in touch with you within an hour.";

    // Prague is on UTC+1 in November.
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset FridayEvening = new(2026, 11, 27, 18, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task DuringBusinessHours_VisitorIsPromisedAReplyWithinAnHour_AndTheHandoffRepGetsTheTranscript()
    {
        await using var host = await StartAsync(TuesdayMorning);
        var chloe = host.NewRep(ChloeTeamsId);
        await chloe.SayAsync("hi");
        var visitor = host.NewVisitor();
        await Driver(host, visitor).AnswerUntilAskedAsync(Prospects.Strong("en-US"), "role");

        var replies = await visitor.SayAsync("talk to a person");

        Assert.Equal([WithinAnHour, Continue, Ask(host, "role")], replies);
        var card = Assert.Single(HandoffCards(chloe.Received));
        foreach (var said in new[] { "yes", "Ada Lovelace", "ada@acme-analytics.com", "Acme Analytics", "talk to a person" })
        {
            Assert.Contains($"**Visitor** ({{{{TIME(2026-11-24T09:00:00Z)}}}}): {said}\"", card, StringComparison.Ordinal);
        }
        Assert.Contains($"**Bot** ({{{{TIME(2026-11-24T09:00:00Z)}}}}): {Ask(host, "company")}\"", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("America/New_York", "I've let our team know. We're closed right now; expect a reply on Monday, November 30, soon after 3:00 AM your time.")]
    [InlineData(null, "I've let our team know. We're closed right now; expect a reply on Monday, November 30, soon after 9:00 AM our time (Europe/Prague, UTC+01:00).")]
    public async Task OutsideBusinessHours_VisitorIsToldTheNextOpening_InTheirZoneWhenKnown(string? visitorZone, string expected)
    {
        await using var host = await StartAsync(FridayEvening);
        var visitor = host.NewVisitor();
        await Driver(host, visitor).AnswerUntilAskedAsync(Prospects.Strong("en-US"), "budget");
        var ask = visitor.Message("talk to a person");
        ask.LocalTimezone = visitorZone;

        IReadOnlyList<string> replies = [.. (await visitor.SendAsync(ask)).Select(r => r.Text ?? string.Empty)];

        Assert.Equal([expected, Continue, Ask(host, "budget")], replies);
    }

    /// <summary>
    /// A qualified lead's conversation is over, so its owner can only be asked for from a conversation still at a
    /// question: the same visitor in a second tab finishes and becomes anna's SQL while the first tab still waits.
    /// </summary>
    [Fact]
    public async Task LeadWithAnOwner_IsHandedToTheOwner_NotTheConfiguredHandoffRep()
    {
        await using var host = await StartAsync(TuesdayMorning);
        var anna = host.NewRep(AnnaTeamsId);
        var chloe = host.NewRep(ChloeTeamsId);
        await anna.SayAsync("hi");
        await chloe.SayAsync("hi");
        var firstTab = host.NewVisitor();
        await Driver(host, firstTab).AnswerUntilAskedAsync(Prospects.Strong("en-US"), "region");
        var secondTab = host.NewVisitor(firstTab.UserId);
        Assert.Equal("Thank you! You look like a great fit: a member of our sales team will contact you shortly.", await Driver(host, secondTab).RunAsync(Prospects.Strong("en-US")));

        var replies = await firstTab.SayAsync("talk to a person");

        Assert.Equal([WithinAnHour, Continue, Ask(host, "region")], replies);
        Assert.Contains("Ada Lovelace", Assert.Single(HandoffCards(anna.Received)), StringComparison.Ordinal);
        Assert.Empty(HandoffCards(chloe.Received));
    }

    [Fact]
    public async Task NobodyToTakeOver_VisitorIsToldHonestly_AndAskedTheQuestionAgain()
    {
        await using var host = await StartAsync(TuesdayMorning, new Dictionary<string, string?> { ["Handoff:RepId"] = "" });
        var chloe = host.NewRep(ChloeTeamsId);
        await chloe.SayAsync("hi");
        var visitor = host.NewVisitor();
        await Driver(host, visitor).AnswerUntilAskedAsync(Prospects.Strong("en-US"), "role");

        var replies = await visitor.SayAsync("talk to a person");

        Assert.Equal(
            ["I'm sorry, there's nobody I can pass you to right now, so I can't promise that a person will reply. I'm happy to keep helping you myself.", Ask(host, "role")],
            replies);
        Assert.Empty(HandoffCards(chloe.Received));
    }

    [Fact]
    public async Task RepWhoNeverTalkedToTheBot_GetsTheHandoffCardWithTheirNextMessage()
    {
        await using var host = await StartAsync(TuesdayMorning);
        var visitor = host.NewVisitor();
        await Driver(host, visitor).AnswerUntilAskedAsync(Prospects.Strong("en-US"), "role");
        Assert.Equal([WithinAnHour, Continue, Ask(host, "role")], await visitor.SayAsync("talk to a person"));
        var chloe = host.NewRep(ChloeTeamsId);

        var replies = await chloe.SendAsync(chloe.Message("hello"));

        Assert.Equal("While you were away, 1 notification(s) arrived:", replies[0].Text);
        Assert.Contains("Ada Lovelace", Assert.Single(HandoffCards(chloe.Received)), StringComparison.Ordinal);
        Assert.Empty(HandoffCards(await chloe.SendAsync(chloe.Message("hello again"))));
    }

    private static async Task<BotTestHost> StartAsync(DateTimeOffset now, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(now.ToUniversalTime());
        return await BotTestHost.StartAsync(settings, s => s.AddSingleton<TimeProvider>(clock));
    }

    private static QualificationDriver Driver(BotTestHost host, EmulatorClient visitor) => new(visitor, host.Service<QualificationContent>());

    private static string Ask(BotTestHost host, string questionId) => host.Service<QualificationContent>().Ask(questionId, "en");

    /// <summary>The JSON of each hand-off card among the activities.</summary>
    private static List<string> HandoffCards(IEnumerable<Activity> activities) =>
    [
        .. activities
            .Where(a => a.Attachments is { Count: > 0 })
            .Select(a => QualificationDriver.CardJson([a]))
            .Where(json => json.Contains(HandoffCardTitle, StringComparison.Ordinal)),
    ];
}
