namespace PipelineBot.Runtime.Builder;

/// <summary>A step of the adapter's pipeline that runs around every turn, in the order added with <see cref="BotAdapter.Use"/>.</summary>
public interface IMiddleware
{
    /// <summary>Does this step's work; calls <paramref name="next"/> to continue the turn, or not, to end it here.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
