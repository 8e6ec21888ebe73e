using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Schema;
using PipelineBot.Testing;

namespace PipelineBot.Runtime.Tests.Builder;

/// <summary>Shared wiring of the pipeline tests: a test adapter, a turn log, and middleware that writes to it.</summary>
internal sealed class BuilderHarness
{
    public TestAdapter Adapter { get; } = new();

    /// <summary>What ran, in order: middleware names with "before"/"after", and "bot".</summary>
    public List<string> Log { get; } = [];

    /// <summary>A bot that notes its turn and answers "echo: {text}".</summary>
    public BotCallbackHandler EchoBot => async (turnContext, cancellationToken) =>
    {
        Log.Add("bot");
        await turnContext.SendActivityAsync($"echo: {turnContext.Activity.Text}", cancellationToken: cancellationToken);
    };

    public BuilderHarness Use(string name, bool callNext = true)
    {
        Adapter.Use(new LoggingMiddleware(Log, name, callNext));
        return this;
    }

    public Task SendAsync(string text, BotCallbackHandler? bot = null) => Adapter.SendTextToBotAsync(text, bot ?? EchoBot);

    public List<Activity> Replies()
    {
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }
        return replies;
    }

    /// <summary>A turn context on the test conversation, for tests that drive the context directly.</summary>
    public TurnContext CreateContext(string? text = "hi", string? deliveryMode = null, string type = ActivityTypes.Message)
    {
        var activity = Adapter.MakeActivity(text);
        activity.Type = type;
        activity.DeliveryMode = deliveryMode;
        return new TurnContext(Adapter, activity);
    }

    private sealed class LoggingMiddleware(List<string> log, string name, bool callNext) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add($"{name} before");
            if (!callNext)
            {
                await turnContext.SendActivityAsync($"{name} handled it", cancellationToken: cancellationToken);
                return;
            }
            await next(cancellationToken);
            log.Add($"{name} after");
        }
    }
}
