using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting;

/// <summary>Checks that an inbound activity has what the runtime needs to process and answer it.</summary>
public static class ActivityValidator
{
    /// <summary>The first problem with <paramref name="activity"/>, or null when it can be processed.</summary>
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no 'channelId'.";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The activity has no 'from.id'.";
        }
        var repliesInline = activity.DeliveryMode == DeliveryModes.ExpectReplies || activity.Type == ActivityTypes.Invoke;
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return repliesInline ? null : "The activity has no 'serviceUrl' to send replies to.";
        }
        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "The activity's 'serviceUrl' is not an absolute http(s) URL.";
    }
}
