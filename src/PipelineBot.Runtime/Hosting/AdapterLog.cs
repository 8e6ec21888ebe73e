using Microsoft.Extensions.Logging;

namespace PipelineBot.Runtime.Hosting;

/// <summary>The adapter's log lines, source-generated because they are written on every turn.</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Processed {ActivityType} {ActivityId} in conversation {ConversationId} on {ChannelId} with {ReplyCount} replies in {ElapsedMs:0.0} ms")]
    public static partial void TurnProcessed(ILogger logger, string? activityType, string? activityId, string? conversationId, string? channelId, int replyCount, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Refused a request with {StatusCode}: {Problem}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string? problem);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Rejected activity {ActivityId} from channel {ChannelId}: {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string? activityId, string? channelId, string? reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Turn for activity {ActivityId} in conversation {ConversationId} could not deliver its replies")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string? activityId, string? conversationId);
}
