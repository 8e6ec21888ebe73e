using System.Text.Json;

namespace PipelineBot.Runtime.Schema;

/// <summary>Helpers for building replies and references from an inbound activity.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// Builds a message answering <paramref name="activity"/>: sender and recipient swapped, same conversation,
    /// channel, serviceUrl and locale. A greeting on a Direct Line conversationUpdate carries no replyToId,
    /// because Direct Line has no user activity to thread it under.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null) =>
        new()
        {
            Type = ActivityTypes.Message,
            Text = text,
            From = Copy(activity.Recipient),
            Recipient = Copy(activity.From),
            Conversation = activity.Conversation is null ? null : new ConversationAccount(activity.Conversation.Id)
            {
                Name = activity.Conversation.Name,
                IsGroup = activity.Conversation.IsGroup,
            },
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
            ReplyToId = ThreadableId(activity),
        };

    /// <summary>Captures what a later proactive message needs to reach this conversation.</summary>
    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = ThreadableId(activity),
        User = Copy(activity.From),
        Bot = Copy(activity.Recipient),
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>Addresses an outgoing activity to the conversation in <paramref name="reference"/>.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From = reference.User;
            activity.Recipient = reference.Bot;
            activity.Id ??= reference.ActivityId;
        }
        else
        {
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            activity.ReplyToId ??= reference.ActivityId;
        }
        return activity;
    }

    /// <summary>
    /// Removes the @mention of the bot from the text (Teams prefixes channel messages with <c>&lt;at&gt;Bot&lt;/at&gt;</c>)
    /// and returns the cleaned, trimmed text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        if (activity.Text is null || activity.Entities is null || activity.Recipient?.Id is null)
        {
            return activity.Text?.Trim();
        }
        var text = activity.Text;
        foreach (var entity in activity.Entities.Where(e => e.Type == "mention"))
        {
            var mentioned = entity.GetProperty<ChannelAccount>("mentioned");
            if (mentioned?.Id != activity.Recipient.Id)
            {
                continue;
            }
            var mentionText = entity.GetString("text") ?? $"<at>{mentioned.Name}</at>";
            text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }
        activity.Text = text.Trim();
        return activity.Text;
    }

    /// <summary>True for an Adaptive Card submit or postBack: no text, a JSON object value.</summary>
    public static bool IsCardSubmit(this Activity activity) =>
        string.IsNullOrEmpty(activity.Text) && activity.Value is JsonElement { ValueKind: JsonValueKind.Object };

    /// <summary>
    /// The user's time zone as the channel reports it: the IANA <see cref="Activity.LocalTimezone"/>, else a clientInfo
    /// entity's <c>timezone</c>, else a fixed offset taken from <see cref="Activity.LocalTimestamp"/>; null when unknown.
    /// </summary>
    public static TimeZoneInfo? GetUserTimeZone(this Activity activity)
    {
        var named = activity.LocalTimezone
            ?? activity.Entities?.FirstOrDefault(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?.GetString("timezone");
        if (!string.IsNullOrWhiteSpace(named) && TimeZoneInfo.TryFindSystemTimeZoneById(named, out var zone))
        {
            return zone;
        }
        return activity.LocalTimestamp is { } local
            ? TimeZoneInfo.CreateCustomTimeZone($"UTC{(local.Offset < TimeSpan.Zero ? '-' : '+')}{local.Offset:hh\\:mm}", local.Offset, null, null)
            : null;
    }

    private static string? ThreadableId(Activity activity) =>
        activity.Type == ActivityTypes.ConversationUpdate && (activity.ChannelId == Channels.Directline || activity.ChannelId == Channels.Webchat)
            ? null
            : activity.Id;

    private static ChannelAccount? Copy(ChannelAccount? account) => account is null
        ? null
        : new ChannelAccount(account.Id, account.Name) { AadObjectId = account.AadObjectId, Role = account.Role };
}
