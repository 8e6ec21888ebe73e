using PipelineBot.Runtime.Builder;
using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Proactive;

/// <summary>
/// Talks to someone outside their own turn: a proactive turn in the conversation <see cref="ConversationBook"/> holds
/// for their address, through the adapter's whole pipeline, so the conversation's turns stay serialised and its state
/// is saved as in any turn. A channel that cannot be reached is reported, not thrown, for the caller to hold or retry.
/// </summary>
public sealed partial class ProactiveMessenger(CloudAdapter adapter, ConversationBook conversations, ILogger<ProactiveMessenger> logger)
{
    /// <summary>Sends one message into the address's conversation.</summary>
    public Task<ProactiveDelivery> TrySendAsync(string address, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TryContinueAsync(address, (turn, ct) => turn.SendActivityAsync(message, ct), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> as a turn in the address's conversation; its activity carries the conversation's
    /// user and locale. <see cref="ProactiveDelivery.Delivered"/> once the callback has finished.
    /// </summary>
    public async Task<ProactiveDelivery> TryContinueAsync(string address, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (await conversations.FindAsync(address, cancellationToken) is not { } reference)
        {
            return ProactiveDelivery.NoConversation;
        }
        var delivered = false;
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            // Caught here, inside the proactive turn, so the adapter's error handler does not apologise into a
            // conversation the bot cannot reach, for a message the caller will hold or send again.
            try
            {
                await callback(turn, ct);
                delivered = true;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                LogUnreachable(ex, reference.ChannelId, reference.Conversation?.Id);
            }
        }, cancellationToken);
        return delivered ? ProactiveDelivery.Delivered : ProactiveDelivery.Failed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach conversation {ConversationId} on {ChannelId}")]
    private partial void LogUnreachable(Exception exception, string? channelId, string? conversationId);
}
