namespace PipelineBot.Runtime.Builder;

/// <summary>The ordered middleware of an adapter, ending in the bot's callback.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Appends a step to the pipeline.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs every step in order, then <paramref name="callback"/>, unless a step ends the turn early.</summary>
    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunFromAsync(0, turnContext, callback, cancellationToken);

    private Task RunFromAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        index == _middleware.Count
            ? callback(turnContext, cancellationToken)
            : _middleware[index].OnTurnAsync(turnContext, ct => RunFromAsync(index + 1, turnContext, callback, ct), cancellationToken);
}
