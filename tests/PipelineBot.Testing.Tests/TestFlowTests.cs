using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing.Tests.TestBot;

namespace PipelineBot.Testing.Tests;

public class TestFlowTests
{
    private readonly BotHarness _harness = new();

    [Fact]
    public async Task StartTestAsync_NewVisitorConversation_Passes()
    {
        await _harness.Flow()
            .SendConversationUpdate()
            .AssertReply("Hi! What's your name?")
            .Test("Ada", "Which company are you with, Ada?")
            .Send("Acme")
            .AssertReplyContains("NICE TO MEET YOU")
            .AssertReply(reply => Assert.Equal(["Yes", "No"], reply.SuggestedActions!.Actions.Select(a => a.Title)))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task AssertReply_ExpectedActivity_ComparesTextAndSuggestedActions()
    {
        await UpToDemoOffer(_harness).AssertReply(MessageFactory.SuggestedActions(["Yes", "No"], "Shall I book a demo?")).StartTestAsync();
        var flow = UpToDemoOffer(new BotHarness()).AssertReply(MessageFactory.SuggestedActions(["Yes"], "Shall I book a demo?"));

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Contains("suggesting exactly [Yes]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[offers: Yes | No]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_WrongText_ThrowsNamingExpectedActualAndQueuedReplies()
    {
        var flow = _harness.Flow().SendConversationUpdate().AssertReply("Hi! What's your name?").Test("Ada", "Which company are you with, Ada?")
            .Send("Acme").AssertReply("Nice to meet you, Ada!", "the bot confirms the name");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Equal(
            """
            AssertReply failed (the bot confirms the name). Expected a reply saying "Nice to meet you, Ada!", but the bot replied "Nice to meet you, Ada from Acme.".
            Replies still queued:
              1. "Shall I book a demo?" [offers: Yes | No]
            """.ReplaceLineEndings(), failure.Message);
    }

    [Fact]
    public async Task AssertReply_BotSilent_ThrowsSayingNoReplyArrived()
    {
        var flow = new TestFlow(new TestAdapter(), (_, _) => Task.CompletedTask).Send("hello?").AssertReply("Hi", timeout: 0);

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Equal("AssertReply failed. Expected a reply saying \"Hi\", but no reply arrived within 0 ms.", failure.Message);
    }

    [Fact]
    public async Task AssertNoReply_BotReplied_ThrowsShowingTheReply()
    {
        var flow = _harness.Flow().SendConversationUpdate().AssertNoReply("greeting should wait");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Equal("AssertNoReply failed (greeting should wait). Expected no reply, but the bot replied \"Hi! What's your name?\".", failure.Message);
    }

    [Fact]
    public async Task AssertReplyOneOf_NoCandidateMatches_ThrowsListingCandidates()
    {
        await _harness.Flow().SendConversationUpdate().AssertReplyOneOf(["Hello!", "Hi! What's your name?"]).StartTestAsync();
        var flow = new BotHarness().Flow().SendConversationUpdate().AssertReplyOneOf(["Hello!", "Hey!"]);

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.StartsWith("AssertReplyOneOf failed. Expected one of \"Hello!\", \"Hey!\", but the bot replied \"Hi! What's your name?\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReplyContains_TextMissing_Throws()
    {
        var flow = _harness.Flow().SendConversationUpdate().AssertReplyContains("company");

        var failure = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        Assert.Contains("Expected a reply containing \"company\", but the bot replied \"Hi! What's your name?\"", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_OnSharedOpening_LeavesTheOpeningUnchanged()
    {
        var opening = _harness.Flow().SendConversationUpdate();
        _ = opening.AssertReply("never run").Send("never sent");

        await opening.StartTestAsync();

        Assert.Equal("Hi! What's your name?", Assert.Single(_harness.Adapter.ActiveQueue).Text);
    }

    [Fact]
    public async Task Send_Activity_RunsTurnWithIt()
    {
        var join = new Activity { Type = ActivityTypes.Event, Name = "webchat/join", Value = System.Text.Json.JsonSerializer.SerializeToElement(new { locale = "fr-FR" }) };

        await _harness.Flow().Send(join).AssertReply("Welcome from Web Chat (fr-FR)!").Delay(0).AssertNoReply().StartTestAsync();
    }

    private static TestFlow UpToDemoOffer(BotHarness harness) => harness.Flow()
        .SendConversationUpdate()
        .AssertReply("Hi! What's your name?")
        .Test("Ada", "Which company are you with, Ada?")
        .Test("Acme", "Nice to meet you, Ada from Acme.");
}
