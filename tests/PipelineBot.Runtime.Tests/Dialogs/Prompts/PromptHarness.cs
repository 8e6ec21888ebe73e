using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Dialogs;
using PipelineBot.Runtime.Dialogs.Prompts;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Tests.Dialogs.Prompts;

/// <summary>
/// Runs one prompt the way a bot does: a waterfall asks it in its first step and its second step receives the
/// answer. The first message starts the waterfall; <see cref="AnswerAsync(string)"/> then answers the prompt.
/// </summary>
internal sealed class PromptHarness
{
    public const string Question = "Question?";
    public const string Retry = "Try again, please.";

    private readonly DialogHarness _dialogs;

    private PromptHarness(Func<Dialog> createPrompt, PromptOptions options, string channelId, string locale, Action<ConversationReference>? configureConversation)
    {
        _dialogs = new DialogHarness(() =>
        {
            var prompt = createPrompt();
            return DialogHarness.Component("promptTest", new WaterfallDialog("steps", [(step, ct) => step.PromptAsync(prompt.Id, options, ct), NextStepAsync]), prompt);
        }, null, channelId, locale, configureConversation);
    }

    /// <summary>The replies to the first message: the question as the channel shows it.</summary>
    public List<Activity> Opening { get; private set; } = [];

    /// <summary>True once the step after the prompt ran.</summary>
    public bool Answered { get; private set; }

    /// <summary>What the step after the prompt received.</summary>
    public object? Result { get; private set; }

    /// <summary>Starts a prompt; without options it asks <see cref="Question"/> and retries with <see cref="Retry"/>.</summary>
    public static async Task<PromptHarness> StartAsync(
        Func<Dialog> createPrompt,
        PromptOptions? options = null,
        string locale = "en-US",
        string channelId = Channels.Test,
        Action<ConversationReference>? configureConversation = null)
    {
        options ??= new PromptOptions { Prompt = MessageFactory.Text(Question), RetryPrompt = MessageFactory.Text(Retry) };
        var harness = new PromptHarness(createPrompt, options, channelId, locale, configureConversation);
        harness.Opening = await harness._dialogs.SendAsync("start");
        return harness;
    }

    /// <summary>The user answers <paramref name="text"/>; returns the texts of the replies (the retry prompt, when not understood).</summary>
    public Task<List<string?>> AnswerAsync(string text) => _dialogs.SayAsync(text);

    /// <summary>The user answers with <paramref name="activity"/>; returns the texts of the replies.</summary>
    public async Task<List<string?>> AnswerAsync(Activity activity) => [.. (await _dialogs.SendAsync(activity)).Select(r => r.Text)];

    /// <summary>The replies to an answer, as activities (to inspect buttons).</summary>
    public Task<List<Activity>> AnswerWithRepliesAsync(string text) => _dialogs.SendAsync(text);

    private Task<DialogTurnResult> NextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Answered = true;
        Result = step.Result;
        return step.EndDialogAsync(step.Result, cancellationToken);
    }

    /// <summary>
    /// Recognised (<paramref name="expected"/> set): the next step got it and nothing was said. Not recognised (null):
    /// the retry prompt was sent and the prompt still waits. <paramref name="select"/> picks what to compare of the result.
    /// </summary>
    public void AssertOutcome(List<string?> replies, object? expected, Func<object?, object?>? select = null)
    {
        if (expected is null)
        {
            Assert.False(Answered, $"Expected a retry, but the prompt ended with {Result}.");
            Assert.Equal([Retry], replies);
            return;
        }
        Assert.True(Answered, $"Expected {expected}, but the prompt answered: {string.Join(" | ", replies)}");
        Assert.Equal(expected, select is null ? Result : select(Result));
        Assert.Empty(replies);
    }
}
