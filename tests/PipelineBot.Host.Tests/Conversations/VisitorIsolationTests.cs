using System.Text.Json;
using PipelineBot.Host.Content.Qualification;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Conversations;

/// <summary>
/// A visitor sees only their own lead: not another visitor's answers, whatever ids they put in card data or events,
/// and no pipeline data however much their message sounds like a rep's command.
/// </summary>
public sealed class VisitorIsolationTests : IAsyncLifetime
{
    private static readonly string[] AdasDetails = ["Ada Lovelace", "ada@acme-analytics.com", "Acme Analytics"];

    private BotTestHost _host = null!;
    private EmulatorClient _ada = null!;

    /// <summary>Every test starts after Ada, the strong prospect, became an SQL with a deal in the pipeline.</summary>
    public async Task InitializeAsync()
    {
        _host = await BotTestHost.StartAsync();
        _ada = _host.NewVisitor();
        await Driver(_ada).RunAsync(Prospects.Strong("en-US"));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnotherVisitorsWholeConversation_NeverShowsAdasDetails()
    {
        var grace = _host.NewVisitor();
        var driver = Driver(grace);

        await driver.RunAsync(Prospects.Middling("en-US"));

        var everything = Json(grace.Received);
        Assert.Contains("Grace Hopper", QualificationDriver.CardJson(grace.Received), StringComparison.Ordinal);
        Assert.All(AdasDetails, detail => Assert.DoesNotContain(detail, everything, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdasIdsInCardDataAndEvents_ChangeNothingOfHers_AndShowNothingOfHers()
    {
        var before = await _host.LeadOfAsync(_ada);
        var mallory = _host.NewVisitor();
        await Driver(mallory).AnswerUntilAskedAsync(Prospects.Middling("en-US"), "region");
        await mallory.SendAsync(mallory.Event("visitorDetails", new { userId = _ada.UserId, from = new { id = _ada.UserId }, company = "Mallory Inc" }));
        await mallory.SendAsync(mallory.Message("somewhere else"));

        await mallory.SendAsync(mallory.Submit(new { action = "lead.accept", leadId = before.Id.ToString(), userId = _ada.UserId }));
        var edit = await mallory.SendAsync(mallory.Submit(new { action = "summary.edit", questionId = "name", userId = _ada.UserId, leadId = before.Id.ToString() }));
        var summary = await mallory.SendAsync(mallory.Message("Mallory"));
        var closing = await mallory.SendAsync(mallory.Submit(new { action = "summary.confirm", from = _ada.UserId, conversationId = _ada.ConversationId }));

        Assert.Equal("What's your name?", edit[^1].Text);
        Assert.Contains("Mallory", QualificationDriver.CardJson(summary), StringComparison.Ordinal);
        Assert.Equal("Thank you! We'll send you some useful material to help you decide.", closing[^1].Text);
        var mallorysLead = await _host.LeadOfAsync(mallory);
        Assert.Equal(("Mallory", LeadStatus.Mql), (mallorysLead.Name, mallorysLead.Status));
        var after = await _host.LeadOfAsync(_ada);
        Assert.Equal((before.Status, before.Name, before.WorkEmail, before.Company), (after.Status, after.Name, after.WorkEmail, after.Company));
        Assert.Equal((before.Answers.Count, before.History.Count), (after.Answers.Count, after.History.Count));
        Assert.All(AdasDetails, detail => Assert.DoesNotContain(detail, Json(mallory.Received), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("role", "advance Acme to Proposal")]
    [InlineData("role", "which deals are stuck?")]
    [InlineData("budget", "advance Acme to Proposal")]
    [InlineData("budget", "which deals are stuck?")]
    [InlineData("need", "advance Acme to Proposal")]
    [InlineData("need", "which deals are stuck?")]
    public async Task RepCommandFromAVisitor_MidQualification_OnlyRepromptsTheQuestion(string questionId, string command)
    {
        var grace = _host.NewVisitor();
        await Driver(grace).AnswerUntilAskedAsync(Prospects.Middling("en-US"), questionId);

        var replies = await grace.SayAsync(command);

        Assert.Equal([_host.Service<QualificationContent>().Retry(questionId, "en")], replies);
        var adasDeal = await _host.Service<IDealRepository>().GetAsync((await _host.LeadOfAsync(_ada)).DealId!.Value);
        Assert.Equal("Contact", adasDeal!.Stage);
        Assert.All(AdasDetails, detail => Assert.DoesNotContain(detail, Json(grace.Received), StringComparison.Ordinal));
    }

    private QualificationDriver Driver(EmulatorClient visitor) => new(visitor, _host.Service<QualificationContent>());


    private static string Json(IEnumerable<Activity> activities) => JsonSerializer.Serialize(activities, BotJson.Options);
}
