using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Builder;

/// <summary>Connects a bot to a channel: runs the middleware pipeline for each turn and carries its replies out.</summary>
public abstract class BotAdapter
{
    /// <summary>The middleware every turn passes through.</summary>
    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called when a turn throws; without it the exception propagates to the caller.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>Adds middleware to the end of the pipeline.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    /// <summary>Delivers outgoing activities to the channel.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Replaces an activity in the channel.</summary>
    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity in the channel.</summary>
    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="callback"/> as a proactive turn in a conversation the bot was in before: an <c>event</c>
    /// named <c>ContinueConversation</c> goes through the whole pipeline, so state and dialogs work as in any turn.
    /// </summary>
    public virtual Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            RelatesTo = reference,
        }.ApplyConversationReference(reference, isIncoming: true);
        // A fresh id keeps the proactive turn clear of duplicate detection keyed on the reference's activity.
        activity.Id = Guid.NewGuid().ToString();
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    /// <summary>Runs the middleware and the bot for one turn, handing exceptions to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex);
        }
    }
}
