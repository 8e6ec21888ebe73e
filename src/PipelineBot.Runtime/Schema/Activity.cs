using System.Text.Json;
using System.Text.Json.Serialization;

namespace PipelineBot.Runtime.Schema;

/// <summary>
/// The Bot Framework activity: every message, event and signal exchanged between a channel and a bot.
/// Fields this type does not model are kept in <see cref="Properties"/> and written back unchanged.
/// </summary>
public class Activity
{
    /// <summary>The activity type, one of <see cref="ActivityTypes"/>; unknown types are legal.</summary>
    public string? Type { get; set; }

    /// <summary>Channel-assigned id; bots leave it empty and learn it from the <see cref="ResourceResponse"/>.</summary>
    public string? Id { get; set; }

    /// <summary>When the channel received the activity, in UTC.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, with its offset: the best hint of the user's time zone.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>The sender's IANA time zone name, when the channel knows it.</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Where replies to this activity are posted (the Connector API base URL).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel the activity came through (emulator, directline, webchat, msteams, slack, test).</summary>
    public string? ChannelId { get; set; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; set; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The receiver: the bot, on inbound activities.</summary>
    public ChannelAccount? Recipient { get; set; }

    /// <summary><c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }

    /// <summary>Members who joined, on a conversationUpdate.</summary>
    public List<ChannelAccount>? MembersAdded { get; set; }

    /// <summary>Members who left, on a conversationUpdate.</summary>
    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>BCP-47 language of the text, e.g. <c>en-US</c>.</summary>
    public string? Locale { get; set; }

    /// <summary>The message text.</summary>
    public string? Text { get; set; }

    /// <summary>Spoken form of the text, for voice channels.</summary>
    public string? Speak { get; set; }

    /// <summary><c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c>.</summary>
    public string? InputHint { get; set; }

    /// <summary>Text shown where the channel cannot render attachments.</summary>
    public string? Summary { get; set; }

    /// <summary>Buttons offered until the user's next message.</summary>
    public SuggestedActions? SuggestedActions { get; set; }

    /// <summary>Cards and files.</summary>
    public List<Attachment>? Attachments { get; set; }

    /// <summary>Metadata objects such as mentions and clientInfo.</summary>
    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-specific payload, kept exactly as received.</summary>
    public object? ChannelData { get; set; }

    /// <summary><c>add</c> or <c>remove</c>, on an installationUpdate.</summary>
    public string? Action { get; set; }

    /// <summary>The activity this one answers.</summary>
    public string? ReplyToId { get; set; }

    /// <summary>Payload of a card submit, event or invoke.</summary>
    public object? Value { get; set; }

    /// <summary>The operation name of an event or invoke.</summary>
    public string? Name { get; set; }

    /// <summary>The conversation this event refers to (e.g. a proactive ContinueConversation).</summary>
    public ConversationReference? RelatesTo { get; set; }

    /// <summary>Why an endOfConversation happened.</summary>
    public string? Code { get; set; }

    /// <summary><c>normal</c>, <c>notification</c> or <c>expectReplies</c>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Who sent the activity, as established by authentication; never trusted from the wire.</summary>
    public string? CallerId { get; set; }

    /// <summary>Every field this type does not model, preserved for the round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
