using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Builder;

/// <summary>Everything about one turn: the inbound activity, a way to answer, and per-turn state.</summary>
public interface ITurnContext
{
    /// <summary>The adapter running the turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>The inbound activity.</summary>
    Activity Activity { get; }

    /// <summary>Per-turn values shared between middleware and the bot.</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>True once the bot has sent anything visible this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a text message into the conversation.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string? inputHint = null, CancellationToken cancellationToken = default);

    /// <summary>Sends an activity into the conversation; missing addressing is filled from the inbound activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity the bot sent earlier.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Registers a handler that sees every outgoing batch of this turn.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
