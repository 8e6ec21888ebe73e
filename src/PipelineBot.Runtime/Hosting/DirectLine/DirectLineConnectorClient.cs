using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>
/// The connector in front of the channels' Connector APIs: an activity addressed to this host's Direct Line channel is
/// added to its conversation for the clients to fetch; any other goes to its serviceUrl as before. A conversation that
/// has been forgotten (idle, or the host restarted) answers as a channel would, with a 404 the proactive senders
/// report as undeliverable.
/// </summary>
internal sealed class DirectLineConnectorClient(IConnectorClient channels, DirectLineConversations conversations, TimeProvider timeProvider) : IConnectorClient
{
    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        if (!IsDirectLine(activity.ServiceUrl))
        {
            return channels.SendActivityAsync(activity, cancellationToken);
        }
        var conversation = conversations.Find(activity.Conversation?.Id)
            ?? throw new ConnectorException($"Direct Line conversation '{activity.Conversation?.Id}' is not open.", 404);
        return Task.FromResult(new ResourceResponse(conversation.Append(activity, timeProvider.GetUtcNow())));
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        IsDirectLine(activity.ServiceUrl) ? throw NotSupported("updated") : channels.UpdateActivityAsync(activity, cancellationToken);

    /// <inheritdoc />
    public Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default) =>
        IsDirectLine(reference.ServiceUrl) ? throw NotSupported("deleted") : channels.DeleteActivityAsync(reference, cancellationToken);

    private static bool IsDirectLine(string? serviceUrl) => serviceUrl == DirectLineConversations.ServiceUrl;

    // Direct Line clients have no way to hear of a change to an activity they already fetched.
    private static ConnectorException NotSupported(string change) =>
        new($"Activities in Direct Line conversations cannot be {change}.", 405);
}
