namespace PipelineBot.Runtime.Schema;

/// <summary>Everything needed to send into a conversation later (proactive messages).</summary>
public class ConversationReference
{
    /// <summary>The activity the reference was taken from.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The user in the conversation.</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The bot in the conversation.</summary>
    public ChannelAccount? Bot { get; set; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; set; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; set; }

    /// <summary>Where to post.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The user's locale when the reference was taken.</summary>
    public string? Locale { get; set; }
}
