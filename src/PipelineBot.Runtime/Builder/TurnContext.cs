using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Builder;

/// <summary>
/// The turn context the adapters create. Replies to an <c>expectReplies</c> activity are buffered for the
/// HTTP response instead of sent; an <c>invokeResponse</c> pseudo-activity is kept for the adapter to answer with.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    /// <summary>The turn-state key of the invoke response the bot produced.</summary>
    public const string InvokeResponseKey = "PipelineBot.InvokeResponse";

    private readonly List<SendActivitiesHandler> _onSendActivities = [];

    /// <summary>Creates the context for one inbound activity.</summary>
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter;
        Activity = activity;
    }

    /// <inheritdoc />
    public BotAdapter Adapter { get; }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public TurnContextStateCollection TurnState { get; } = new();

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <summary>Replies held back for the HTTP response of an <c>expectReplies</c> turn.</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string? inputHint = null, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text, speak, inputHint), cancellationToken);

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    /// <inheritdoc />
    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a => a.ApplyConversationReference(reference)).ToList();
        var responses = await RunSendHandlersAsync(0, outgoing, () => DeliverAsync(outgoing, cancellationToken));
        if (outgoing.Any(a => a.Type is not (ActivityTypes.Trace or ActivityTypes.InvokeResponse)))
        {
            Responded = true;
        }
        return responses;
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Adapter.UpdateActivityAsync(this, activity.ApplyConversationReference(Activity.GetConversationReference()), cancellationToken);

    /// <inheritdoc />
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    /// <inheritdoc />
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSendActivities.Add(handler);
        return this;
    }

    private Task<ResourceResponse[]> RunSendHandlersAsync(int index, List<Activity> activities, Func<Task<ResourceResponse[]>> deliver) =>
        index == _onSendActivities.Count
            ? deliver()
            : _onSendActivities[index](this, activities, () => RunSendHandlersAsync(index + 1, activities, deliver));

    private async Task<ResourceResponse[]> DeliverAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        var toSend = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                TurnState.Set(InvokeResponseKey, activity);
            }
            else if (Activity.DeliveryMode == DeliveryModes.ExpectReplies)
            {
                BufferedReplyActivities.Add(activity);
            }
            else
            {
                toSend.Add(activity);
            }
        }
        var sent = toSend.Count == 0 ? [] : await Adapter.SendActivitiesAsync(this, toSend, cancellationToken);
        // Buffered and pseudo-activities get placeholder responses so callers can index results by position.
        var responses = new ResourceResponse[activities.Count];
        for (int i = 0, s = 0; i < activities.Count; i++)
        {
            responses[i] = toSend.Contains(activities[i]) && s < sent.Length ? sent[s++] : new ResourceResponse(null);
        }
        return responses;
    }
}
