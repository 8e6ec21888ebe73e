using PipelineBot.Host.Content;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Conversations;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>
/// A rep's side of the bot over HTTP from Teams: the buttons of the lead card, who may press them, and that a rep is
/// never taken for a visitor (nor an inactive rep for a rep).
/// </summary>
public sealed class RepAssistantTests
{
    private const string AnnaTeamsId = "29:anna-novak";
    private const string BenTeamsId = "29:ben-carter";

    [Fact]
    public async Task Reject_WithAReason_MakesTheLeadSalesRejected_AndTheHistoryKeepsTheReason()
    {
        await using var host = await BotTestHost.StartAsync();
        var (anna, lead) = await AnnasQualifiedLeadAsync(host);

        var replies = await PressAsync(anna, new { action = "lead.reject", leadId = lead.Id.ToString(), reason = " a student project " });

        Assert.Equal(["You rejected Ada Lovelace. The reason is kept in the lead's history."], replies);
        var rejected = await ReloadAsync(host, lead);
        Assert.Equal(LeadStatus.SalesRejected, rejected.Status);
        Assert.Equal("a student project", rejected.History[^1].Reason);
        Assert.Equal("Rep:anna", rejected.History[^1].By.ToString());
    }

    [Fact]
    public async Task Reject_WithoutAReason_AsksForOne_AndChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var (anna, lead) = await AnnasQualifiedLeadAsync(host);

        var replies = await PressAsync(anna, new { action = "lead.reject", leadId = lead.Id.ToString(), reason = "  " });

        Assert.Equal(["Please give a reason for rejecting the lead; it is kept in the lead's history."], replies);
        AssertUnchanged(lead, await ReloadAsync(host, lead));
    }

    [Fact]
    public async Task Accept_ByARepWhoIsNotTheOwner_IsRefused_AndChangesNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var (_, lead) = await AnnasQualifiedLeadAsync(host);
        var ben = host.NewRep(BenTeamsId);

        var replies = await PressAsync(ben, new { action = "lead.accept", leadId = lead.Id.ToString() });

        Assert.Equal([$"I can't do that for Ada Lovelace: Rep 'ben' cannot accept lead {lead.Id}: only its owner (anna) can."], replies);
        AssertUnchanged(lead, await ReloadAsync(host, lead));
    }

    [Theory]
    [InlineData("3f2b8c1e-0d4a-4e5b-9c6d-7a8b9c0d1e2f")]
    [InlineData("not-a-lead-id")]
    public async Task Accept_UnknownLead_SaysItCannotFindIt(string leadId)
    {
        await using var host = await BotTestHost.StartAsync();
        var anna = host.NewRep(AnnaTeamsId);

        var replies = await PressAsync(anna, new { action = "lead.accept", leadId });

        Assert.Equal(["I can't find that lead any more. It may have been erased at the visitor's request."], replies);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("yes")]
    [InlineData("talk to a person")]
    public async Task PlainMessage_FromARep_GetsTheRepHelp_NeverAQualificationQuestion(string text)
    {
        await using var host = await BotTestHost.StartAsync();
        var anna = host.NewRep(AnnaTeamsId);

        var replies = await anna.SayAsync(text);

        Assert.Equal([RepHelp(host, "Anna Novak", "reps.scope.rep")], replies);
        Assert.Null(await host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Msteams, AnnaTeamsId)));
    }

    [Fact]
    public async Task InactiveRep_IsTreatedAsAVisitor()
    {
        // Routing:Reps:1 is ben.
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Routing:Reps:1:Active"] = "false" });
        var ben = host.NewRep(BenTeamsId);
        var consent = host.Service<QualificationContent>().Ask("consent", "en");

        var joined = await ben.JoinAsync();
        var answered = await ben.SayAsync("yes");

        Assert.Equal(["Hi, I'm PipelineBot. I help our sales team find the right person for you.", consent], joined);
        Assert.Equal([host.Service<QualificationContent>().Ask("name", "en")], answered);
        Assert.NotNull(await host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Msteams, BenTeamsId)));
    }

    /// <summary>Anna talks to the bot, then the strong prospect qualifies as an SQL in her territory; her card arrives proactively.</summary>
    private static async Task<(EmulatorClient Anna, Lead Lead)> AnnasQualifiedLeadAsync(BotTestHost host)
    {
        var anna = host.NewRep(AnnaTeamsId);
        await anna.SayAsync("hi");
        var visitor = host.NewVisitor();
        await new QualificationDriver(visitor, host.Service<QualificationContent>()).RunAsync(Prospects.Strong("en-US"));
        var lead = await host.Service<ILeadRepository>().GetByVisitorAsync(new VisitorKey(Channels.Emulator, visitor.UserId));
        Assert.Equal(LeadStatus.Sql, lead?.Status);
        Assert.Equal("anna", lead!.OwnerRepId);
        return (anna, lead);
    }

    /// <summary>The help a rep or manager gets, with the line that says whose deals they see.</summary>
    internal static string RepHelp(BotTestHost host, string name, string scopeKey)
    {
        var text = host.Service<IDialogText>();
        return text.Get("reps.help", null, new Dictionary<string, string> { ["name"] = name, ["scope"] = text.Get(scopeKey, null) });
    }

    private static async Task<IReadOnlyList<string>> PressAsync(EmulatorClient rep, object data) =>
        [.. (await rep.SendAsync(rep.Submit(data))).Select(r => r.Text ?? string.Empty)];

    private static async Task<Lead> ReloadAsync(BotTestHost host, Lead lead) =>
        await host.Service<ILeadRepository>().GetAsync(lead.Id) ?? throw new InvalidOperationException("The lead is gone.");

    private static void AssertUnchanged(Lead before, Lead after)
    {
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.OwnerRepId, after.OwnerRepId);
        Assert.Equal(before.History.Count, after.History.Count);
    }
}
