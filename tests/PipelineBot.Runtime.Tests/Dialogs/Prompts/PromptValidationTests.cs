using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs.Prompts;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

public class PromptValidationTests
{
    private const string TooSmall = "Deals under 1000 are not tracked.";

    private readonly List<(int Attempt, bool Recognized)> _validatorCalls = [];

    [Fact]
    public async Task Validator_EachAnswer_SeesAttemptCountStartingAtOne()
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt", AtLeastThousand));

        await harness.AnswerAsync("asdf");
        await harness.AnswerAsync("500");
        await harness.AnswerAsync("5000");

        Assert.Equal([(1, false), (2, true), (3, true)], _validatorCalls);
        Assert.Equal(5000m, harness.Result);
    }

    [Fact]
    public async Task Validator_RejectsWithItsOwnMessage_NoRetryPromptIsAdded()
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt", AtLeastThousand));

        var replies = await harness.AnswerAsync("500");

        Assert.Equal([TooSmall], replies);
        Assert.False(harness.Answered);
    }

    [Fact]
    public async Task Validator_RejectsSilently_RetryPromptIsSent()
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt", AtLeastThousand));

        var replies = await harness.AnswerAsync("asdf");

        Assert.Equal([PromptHarness.Retry], replies);
    }

    [Fact]
    public async Task Validator_AcceptsUnrecognisedAnswer_PromptEndsWithDefault()
    {
        var harness = await PromptHarness.StartAsync(() => new TextPrompt("prompt", (context, _) => Task.FromResult(true)));

        await harness.AnswerAsync("   ");

        Assert.True(harness.Answered);
        Assert.Null(harness.Result);
    }

    [Fact]
    public async Task Validator_State_PersistsAcrossAttempts()
    {
        var seen = new List<string?>();
        var harness = await PromptHarness.StartAsync(() => new TextPrompt("prompt", (context, _) =>
        {
            seen.Add(context.State.Get<string>("first"));
            context.State.Set("first", context.Recognized.Value);
            return Task.FromResult(context.AttemptCount == 2);
        }));

        await harness.AnswerAsync("Acme");
        await harness.AnswerAsync("Globex");

        Assert.Equal([null, "Acme"], seen);
        Assert.Equal("Globex", harness.Result);
    }

    [Fact]
    public async Task Answer_NoRetryPrompt_RepeatsTheQuestion()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text(PromptHarness.Question) };
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<int>("prompt"), options);

        var replies = await harness.AnswerAsync("asdf");

        Assert.Equal([PromptHarness.Question], replies);
    }

    [Fact]
    public async Task Answer_AfterFailure_RetryPromptEachTime()
    {
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<int>("prompt"));

        var first = await harness.AnswerAsync("asdf");
        var second = await harness.AnswerAsync("qwerty");
        await harness.AnswerAsync("7");

        Assert.Equal([PromptHarness.Retry], first);
        Assert.Equal([PromptHarness.Retry], second);
        Assert.Equal(7, harness.Result);
    }

    [Fact]
    public async Task MaxAttempts_Exhausted_EndsThePromptAndTheNextStepGetsNull()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text(PromptHarness.Question), RetryPrompt = MessageFactory.Text(PromptHarness.Retry), MaxAttempts = 2 };
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt"), options);

        var first = await harness.AnswerAsync("asdf");
        var second = await harness.AnswerAsync("still no number");

        Assert.Equal([PromptHarness.Retry], first);
        Assert.Empty(second);
        Assert.True(harness.Answered);
        Assert.Null(harness.Result);
    }

    [Fact]
    public async Task MaxAttempts_ValidAnswerOnLastAttempt_IsAccepted()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text(PromptHarness.Question), RetryPrompt = MessageFactory.Text(PromptHarness.Retry), MaxAttempts = 2 };
        var harness = await PromptHarness.StartAsync(() => new NumberPrompt<decimal>("prompt"), options);

        await harness.AnswerAsync("asdf");
        await harness.AnswerAsync("50k");

        Assert.Equal(50000m, harness.Result);
    }

    private async Task<bool> AtLeastThousand(PromptValidatorContext<decimal> context, CancellationToken cancellationToken)
    {
        _validatorCalls.Add((context.AttemptCount, context.Recognized.Succeeded));
        if (!context.Recognized.Succeeded)
        {
            return false;
        }
        if (context.Recognized.Value < 1000)
        {
            await context.Context.SendActivityAsync(TooSmall, cancellationToken: cancellationToken);
            return false;
        }
        return true;
    }
}
