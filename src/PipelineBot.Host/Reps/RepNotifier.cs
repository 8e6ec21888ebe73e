using PipelineBot.Host.Proactive;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Reps;

/// <summary>
/// Sends a rep a message outside their own turn: proactively into the conversation they last used, or, when the bot
/// cannot reach them (never talked to it, channel down), held until their next message. A notification is never lost
/// because a channel was unavailable.
/// </summary>
public sealed partial class RepNotifier(ProactiveMessenger messenger, RepMailbox mailbox, ILogger<RepNotifier> logger)
{
    /// <summary>Delivers or holds the message; true when it was delivered now.</summary>
    public async Task<bool> NotifyAsync(string repId, Activity message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repId);
        ArgumentNullException.ThrowIfNull(message);
        if (await messenger.TrySendAsync(ConversationBook.Rep(repId), message, cancellationToken) == ProactiveDelivery.Delivered)
        {
            return true;
        }
        await mailbox.HoldAsync(repId, message, cancellationToken);
        LogHeld(repId);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification held for rep {RepId} until their next message")]
    private partial void LogHeld(string repId);
}
