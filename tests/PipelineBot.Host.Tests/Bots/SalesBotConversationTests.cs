using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Leads;

namespace PipelineBot.Host.Tests.Bots;

/// <summary>The bot over the real endpoint as the Emulator drives it: greetings, languages, concurrency, delivery modes, restarts.</summary>
public sealed class SalesBotConversationTests : IAsyncLifetime
{
    private const string Welcome = "Hi, I'm PipelineBot. I help our sales team find the right person for you.";
    private const string Consent = "Before we start: may we keep the details you share so a sales rep can contact you? If not, we won't ask for any contact details.";
    private const string AskName = "What's your name?";
    private const string AskEmail = "What's your work email?";

    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Join_NewVisitor_WelcomesAndAsksForConsentFirst()
    {
        var visitor = _host.NewVisitor();

        var replies = await visitor.JoinAsync();

        Assert.Equal([Welcome, Consent], replies);
    }

    [Fact]
    public async Task Join_TwoMembersAtOnce_GreetsEachAndAsksOnce()
    {
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();
        join.MembersAdded!.Insert(1, new ChannelAccount("colleague", "Colleague"));

        var replies = (await visitor.SendAsync(join)).Select(r => r.Text).ToList();

        Assert.Equal(2, replies.Count(r => r == Welcome));
        Assert.Single(replies, Consent);
    }

    [Fact]
    public async Task Consent_ShowsYesAndNoAsSuggestedActions()
    {
        var visitor = _host.NewVisitor();

        var question = (await visitor.SendAsync(visitor.ConversationUpdate()))[^1];

        Assert.Equal(["Yes", "No"], question.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Message_MentioningTheBotInTeams_IsAnsweredWithoutTheMention()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");
        var answer = visitor.Message("<at>PipelineBot</at> Ada");
        answer.Entities = [new Entity("mention") { Properties = new() {
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "pipelinebot", name = "PipelineBot" }),
            ["text"] = JsonSerializer.SerializeToElement("<at>PipelineBot</at>") } }];

        var replies = await visitor.SendAsync(answer);

        Assert.Equal(AskEmail, Assert.Single(replies).Text);
        Assert.Equal("Ada", (await _host.LeadOfAsync(visitor)).Name);
    }

    [Fact]
    public async Task StartOver_AsksTheAnsweredQuestionsAgain()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");
        await visitor.SayAsync("Ada");

        Assert.Equal(["Let's start from the beginning.", AskName], await visitor.SayAsync("start over"));
        Assert.Equal([AskEmail], await visitor.SayAsync("Ada Lovelace"));
        Assert.Equal("Ada Lovelace", (await _host.LeadOfAsync(visitor)).Name);
    }

    [Fact]
    public async Task Cancel_StopsUntilTheVisitorSpeaksAgain_ThenCarriesOn()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");

        Assert.Equal(["No problem, I've stopped. Say anything when you'd like to continue."], await visitor.SayAsync("cancel"));
        Assert.Equal([AskName], await visitor.SayAsync("hello"));
    }

    [Fact]
    public async Task Russian_Visitor_IsAnsweredInRussian_AndDaMeansYes()
    {
        var visitor = _host.NewVisitor(locale: "ru-RU");

        var replies = await visitor.JoinAsync();

        Assert.StartsWith("Прежде чем начать", replies[^1], StringComparison.Ordinal);
        Assert.Equal(["Как вас зовут?"], await visitor.SayAsync("да"));
    }

    [Fact]
    public async Task TwentyConcurrentConversations_DoNotCrossTalk()
    {
        var visitors = Enumerable.Range(0, 20).Select(_ => _host.NewVisitor()).ToList();

        await Task.WhenAll(visitors.Select(async (visitor, i) =>
        {
            await visitor.JoinAsync();
            Assert.Equal([AskName], await visitor.SayAsync("yes"));
            Assert.Equal([AskEmail], await visitor.SayAsync($"Visitor{i}"));
        }));

        for (var i = 0; i < visitors.Count; i++)
        {
            Assert.Equal($"Visitor{i}", (await _host.LeadOfAsync(visitors[i])).Name);
        }
    }

    [Fact]
    public async Task TwoMessagesAtOnce_InOneConversation_AreTakenOneAfterTheOther()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");

        var replies = await Task.WhenAll(visitor.SayAsync("Ada"), visitor.SayAsync("Grace"));

        // Whichever came second met the email question, so exactly one name was stored and the other retried.
        Assert.Equal(["That doesn't look like an email address. Please type your work address, e.g. name@company.com.", AskEmail],
            replies.SelectMany(r => r).Order(StringComparer.Ordinal));
        Assert.Contains((await _host.LeadOfAsync(visitor)).Name, new[] { "Ada", "Grace" });
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheBody_AndPostsNothing()
    {
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();
        join.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await visitor.PostAsync(join);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        Assert.Equal([Welcome, Consent], body!.Activities.Select(a => a.Text));
        Assert.Empty(_host.Connector.ReceivedIn(visitor.ConversationId));
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_IsProcessedOnce()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");
        var answer = visitor.Message("Ada");

        await visitor.SendAsync(answer);
        using var retry = await visitor.PostAsync(answer);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(_host.Connector.ReceivedIn(visitor.ConversationId), r => r.ReplyToId == answer.Id);
        Assert.Equal(["Which company are you with?"], await visitor.SayAsync("ada@acme-analytics.com"));
    }

    [Fact]
    public async Task Restart_MidConversation_ResumesAtTheSameQuestion()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("yes");

        await _host.RestartAsync();

        Assert.Equal([AskEmail], await visitor.SayAsync("Ada"));
    }
}
