using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PipelineBot.Host.Tests.Infrastructure;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Bots;

public sealed class SalesBotConversationTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Join_NewVisitor_WelcomesAndAsksName()
    {
        var visitor = _host.NewVisitor();

        var replies = await visitor.JoinAsync();

        Assert.Equal(["Hi, I'm PipelineBot. I help our sales team find the right person for you.", "What's your name?"], replies);
    }

    [Fact]
    public async Task Join_TwoMembersAtOnce_GreetsEachAndAsksOnce()
    {
        var visitor = _host.NewVisitor();
        var join = visitor.ConversationUpdate();
        join.MembersAdded!.Insert(1, new ChannelAccount("colleague", "Colleague"));

        var replies = (await visitor.SendAsync(join)).Select(r => r.Text).ToList();

        Assert.Equal(2, replies.Count(r => r!.StartsWith("Hi, I'm PipelineBot", StringComparison.Ordinal)));
        Assert.Equal("What's your name?", Assert.Single(replies, r => r!.Contains("name", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Message_MentioningTheBotInTeams_IsAnsweredWithoutTheMention()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        var answer = visitor.Message("<at>PipelineBot</at> Ada");
        answer.Entities = [new Entity("mention") { Properties = new() {
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "pipelinebot", name = "PipelineBot" }),
            ["text"] = JsonSerializer.SerializeToElement("<at>PipelineBot</at>") } }];

        var replies = await visitor.SendAsync(answer);

        Assert.Equal("Thanks, Ada. Which company are you with?", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Introduction_ReturningVisitor_IsGreetedByName()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        Assert.Equal(["Thanks, Ada. Which company are you with?"], await visitor.SayAsync("Ada"));
        Assert.Equal(["Nice to meet you, Ada from Acme! I've noted your details."], await visitor.SayAsync("Acme"));

        visitor.RestartConversation();

        Assert.Equal(["Welcome back, Ada! Good to see you again."], await visitor.JoinAsync());
        Assert.Equal(["Hello again, Ada from Acme. How can I help today?"], await visitor.SayAsync("hi"));
    }

    [Fact]
    public async Task Answer_OnlySymbols_RepromptsAndKeepsWaiting()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();

        Assert.Equal(["Sorry, I didn't catch that. What name should I use for you? (up to 100 characters)"], await visitor.SayAsync("!!! ???"));
        Assert.Equal(["Thanks, Grace. Which company are you with?"], await visitor.SayAsync("Grace"));
    }

    [Fact]
    public async Task Help_MidDialog_ExplainsAndAsksTheSameQuestionAgain()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("Ada");

        var replies = await visitor.SayAsync("help");

        Assert.StartsWith("I'm PipelineBot, the sales assistant.", replies[0]);
        Assert.Equal("Thanks, Ada. Which company are you with?", replies[1]);
    }

    [Fact]
    public async Task CompanyNamedLikeAnInterruption_IsTakenAsAnAnswer()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("Ada");

        Assert.Equal(["Nice to meet you, Ada from Help the Children! I've noted your details."], await visitor.SayAsync("Help the Children"));
    }

    [Fact]
    public async Task StartOver_MidDialog_AsksTheFirstQuestionAgain()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();

        Assert.Equal(["Let's start from the beginning.", "What's your name?"], await visitor.SayAsync("start over"));
    }

    [Fact]
    public async Task Cancel_MidDialog_StopsUntilTheVisitorSpeaksAgain()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();

        Assert.Equal(["No problem, I've stopped. Say anything when you'd like to continue."], await visitor.SayAsync("cancel"));
        Assert.Equal(["What's your name?"], await visitor.SayAsync("hello"));
    }

    [Fact]
    public async Task Russian_Visitor_IsAnsweredInRussian()
    {
        var visitor = _host.NewVisitor(locale: "ru-RU");

        var replies = await visitor.JoinAsync();

        Assert.Equal("Как вас зовут?", replies[^1]);
        Assert.Equal(["Спасибо, Анна. В какой компании вы работаете?"], await visitor.SayAsync("Анна"));
    }

    [Fact]
    public async Task TwentyConcurrentConversations_DoNotCrossTalk()
    {
        var visitors = Enumerable.Range(0, 20).Select(_ => _host.NewVisitor()).ToList();

        await Task.WhenAll(visitors.Select(async (visitor, i) =>
        {
            await visitor.JoinAsync();
            Assert.Equal([$"Thanks, Visitor{i}. Which company are you with?"], await visitor.SayAsync($"Visitor{i}"));
            Assert.Equal([$"Nice to meet you, Visitor{i} from Company{i}! I've noted your details."], await visitor.SayAsync($"Company{i}"));
        }));
    }

    [Fact]
    public async Task TwentyTurnConversation_KeepsAnsweringEveryTurn()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("Ada");
        await visitor.SayAsync("Acme");

        for (var turn = 0; turn < 18; turn++)
        {
            Assert.Equal(["Hello again, Ada from Acme. How can I help today?"], await visitor.SayAsync($"message {turn}"));
        }
    }

    [Fact]
    public async Task TwoMessagesAtOnce_InOneConversation_BothUpdatesAreKept()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();

        await Task.WhenAll(visitor.SayAsync("Ada"), visitor.SayAsync("Acme"));

        visitor.RestartConversation();
        var greeting = await visitor.SayAsync("hi");
        Assert.Single(greeting);
        Assert.Matches("^Hello again, (Ada from Acme|Acme from Ada)", greeting[0]);
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
        Assert.Equal(["Hi, I'm PipelineBot. I help our sales team find the right person for you.", "What's your name?"], body!.Activities.Select(a => a.Text));
        Assert.Empty(_host.Connector.ReceivedIn(visitor.ConversationId));
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_IsProcessedOnce()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        var answer = visitor.Message("Ada");

        await visitor.SendAsync(answer);
        using var retry = await visitor.PostAsync(answer);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(_host.Connector.ReceivedIn(visitor.ConversationId), r => r.ReplyToId == answer.Id);
        Assert.Equal(["Nice to meet you, Ada from Acme! I've noted your details."], await visitor.SayAsync("Acme"));
    }

    [Fact]
    public async Task Restart_MidConversation_ResumesAtTheSameQuestion()
    {
        var visitor = _host.NewVisitor();
        await visitor.JoinAsync();
        await visitor.SayAsync("Ada");

        await _host.RestartAsync();

        Assert.Equal(["Nice to meet you, Ada from Acme! I've noted your details."], await visitor.SayAsync("Acme"));
    }
}
