using System.Text.Json;
using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Host.Tests.Reps.Commands;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// The pipeline assistant through the real host: who reaches it (reps and managers on Teams by either id, Slack and
/// the Emulator) and with which scope, that every phrasing gets an answer, and that a visitor typing the same commands
/// only ever meets the visitor flow and learns nothing about anyone's deals.
/// </summary>
public sealed class RepCommandsTests
{
    // From appsettings.json: anna is a rep of the routing pool, maria a manager outside it, known on Teams by her
    // Entra object id only.
    private const string AnnaEntraId = "6be94c2e-2f4d-4c8a-9d4b-1a2b3c4d5e6f";
    private const string MariaEntraId = "0d3f6a9b-7c1e-4f2a-8b5d-9e8f7a6b5c4d";

    public static TheoryData<string, string?> RepAccounts() => new()
    {
        { Channels.Msteams, null },
        { Channels.Slack, null },
        { Channels.Emulator, null },
        { Channels.Msteams, AnnaEntraId },
    };

    [Theory]
    [MemberData(nameof(RepAccounts))]
    public async Task Rep_OnAnyOfTheirAccounts_GetsTheAssistantForTheirOwnDeals(string channel, string? aadObjectId)
    {
        await using var host = await BotTestHost.StartAsync();
        var userId = (channel, aadObjectId) switch
        {
            (Channels.Slack, _) => "U0ANNA:T0SALES",
            (Channels.Emulator, _) => "anna-in-the-emulator",
            (_, null) => "29:anna-novak",
            _ => "29:anna-as-another-bot-sees-her",
        };
        var anna = host.NewUser(channel, userId, aadObjectId);

        Assert.Equal(["None of your deals is stuck."], await anna.SayAsync("which deals are stuck?"));
    }

    [Theory]
    [InlineData(Channels.Msteams, "29:maria-as-this-bot-sees-her", MariaEntraId)]
    [InlineData(Channels.Msteams, "29:maria-as-this-bot-sees-her", "0D3F6A9B-7C1E-4F2A-8B5D-9E8F7A6B5C4D")]
    [InlineData(Channels.Emulator, "maria-in-the-emulator", null)]
    public async Task Manager_OutsideTheRoutingPool_GetsTheAssistantForEveryonesDeals(string channel, string userId, string? aadObjectId)
    {
        await using var host = await BotTestHost.StartAsync();
        var maria = host.NewUser(channel, userId, aadObjectId);

        Assert.Equal(["No deal is stuck."], await maria.SayAsync("which deals are stuck?"));
        Assert.Null(await host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(channel, userId)));
    }

    [Fact]
    public async Task Rep_EveryCommandPhrase_GetsOneAnswer_NeverTheErrorLine()
    {
        await using var host = await BotTestHost.StartAsync();
        await QualifyAdaAsync(host);
        var anna = host.NewRep("29:anna-novak");
        await anna.SayAsync("hi");
        var error = host.Service<IDialogText>().Get("common.error", null);

        foreach (var (text, locale, _) in RepCommandPhrasings.All)
        {
            anna.Locale = locale;
            var reply = Assert.Single(await anna.SendAsync(anna.Message(text)));
            Assert.False(string.IsNullOrEmpty(reply.Text) && reply.Attachments is null, text);
            Assert.NotEqual(error, reply.Text);
        }
    }

    [Fact]
    public async Task Rep_TeamsChannelMessageWithMentions_ReachesTheAssistant()
    {
        await using var host = await BotTestHost.StartAsync();
        var anna = host.NewRep("29:anna-novak");
        var message = anna.Message("<at>PipelineBot</at> which deals are stuck?");
        message.Entities = [new Entity("mention") { Properties = new() { ["text"] = JsonSerializer.SerializeToElement("<at>PipelineBot</at>"), ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "pipelinebot", name = "PipelineBot" }) } }];

        var replies = await anna.SendAsync(message);

        Assert.Equal(["None of your deals is stuck."], replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData(Channels.Msteams, "29:maria-as-this-bot-sees-her", null)]
    [InlineData(Channels.Msteams, "29:someone", "11111111-2222-3333-4444-555555555555")]
    [InlineData(Channels.Webchat, "anna-in-the-emulator", null)]
    [InlineData(Channels.Directline, "maria-in-the-emulator", null)]
    [InlineData(Channels.Emulator, "someone", AnnaEntraId)]
    public async Task SomeoneClaimingAnotherChannelsId_IsAVisitor(string channel, string userId, string? aadObjectId)
    {
        await using var host = await BotTestHost.StartAsync();
        var claimant = host.NewUser(channel, userId, aadObjectId);

        Assert.Equal([host.Service<QualificationContent>().Ask("consent", "en")], await claimant.SayAsync("which deals are stuck?"));
    }

    [Fact]
    public async Task Visitor_EveryRepCommand_GetsOnlyTheVisitorsFirstQuestion()
    {
        await using var host = await BotTestHost.StartAsync();
        await QualifyAdaAsync(host);
        var content = host.Service<QualificationContent>();

        foreach (var (text, locale, _) in RepCommandPhrasings.All)
        {
            var visitor = host.NewVisitor(locale: locale);

            Assert.Equal([content.Ask("consent", locale)], await visitor.SayAsync(text));
        }
    }

    [Fact]
    public async Task Visitor_RepCommandsThroughAWholeConversation_LearnsNothingAboutAnyDeal()
    {
        await using var host = await BotTestHost.StartAsync();
        await QualifyAdaAsync(host);
        var visitor = host.NewVisitor();
        string[] secrets =
        [
            "Acme Analytics", "Ada Lovelace", "ada@acme-analytics.com", "50,000", "Anna Novak", "Maria Lopez",
            "Contact", "Meeting", "Discovery", "Proposal", "Negotiation", "Closed Won", "Closed Lost",
            "You can also ask me", "your own deals", "every rep's deals",
        ];

        var replies = new List<Activity>();
        foreach (var (text, locale, _) in RepCommandPhrasings.All)
        {
            visitor.Locale = locale;
            replies.AddRange(await visitor.SendAsync(visitor.Message(text)));
        }

        var everything = string.Join('\n', replies.Select(r => JsonSerializer.Serialize(r, BotJson.Options)));
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.Ordinal));
    }

    /// <summary>Ada qualifies as an SQL: a deal opens for Acme Analytics in the first stage, owned by anna.</summary>
    private static async Task QualifyAdaAsync(BotTestHost host)
    {
        var ada = host.NewVisitor();
        await new QualificationDriver(ada, host.Service<QualificationContent>()).RunAsync(Prospects.Strong("en-US"));
        var lead = await host.LeadOfAsync(ada);
        Assert.Equal(("anna", true), (lead.OwnerRepId, lead.DealId is not null));
    }
}
