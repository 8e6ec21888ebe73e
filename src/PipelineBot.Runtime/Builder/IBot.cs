namespace PipelineBot.Runtime.Builder;

/// <summary>A bot: handles one turn at a time.</summary>
public interface IBot
{
    /// <summary>Handles the turn's inbound activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
