using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Connector;

/// <summary>The Bot Connector REST API of a channel, addressed by each activity's serviceUrl.</summary>
public interface IConnectorClient
{
    /// <summary>Posts an activity into its conversation: as a reply when it has a replyToId, else as a new message.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces an activity sent earlier (its <see cref="Activity.Id"/>).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an activity sent earlier.</summary>
    Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default);
}
