using PipelineBot.Runtime.Connector;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Sends a rep a message outside their own turn: proactively into the conversation they last used, or, when the bot
/// cannot reach them (never talked to it, channel down), held until their next message. A notification is never lost
/// because a channel was unavailable.
/// </summary>
public sealed partial class RepNotifier(CloudAdapter adapter, RepMailbox mailbox, ILogger<RepNotifier> logger)
{
    /// <summary>Delivers or holds the message; true when it was delivered now.</summary>
    public async Task<bool> NotifyAsync(string repId, Activity message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        ArgumentNullException.ThrowIfNull(message);
        if (await mailbox.FindConversationAsync(repId, cancellationToken) is { } reference && await TrySendAsync(reference, message, cancellationToken))
        {
            return true;
        }
        await mailbox.HoldAsync(repId, message, cancellationToken);
        LogHeld(repId);
        return false;
    }

    private async Task<bool> TrySendAsync(ConversationReference reference, Activity message, CancellationToken cancellationToken)
    {
        var delivered = false;
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            // Caught here, inside the proactive turn, so the adapter's error handler does not apologise to the rep
            // for a message that will simply be held.
            try
            {
                await turn.SendActivityAsync(message, ct);
                delivered = true;
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                LogUnreachable(ex, reference.ChannelId, reference.Conversation?.Id);
            }
        }, cancellationToken);
        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not reach the rep's conversation {ConversationId} on {ChannelId}; the notification is held")]
    private partial void LogUnreachable(Exception exception, string? channelId, string? conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification held for rep {RepId} until their next message")]
    private partial void LogHeld(string repId);
}
