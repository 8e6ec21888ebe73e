using System.ComponentModel.DataAnnotations;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>The Direct Line channel the host serves itself: who may open conversations, and how much of them it keeps.</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The site's Direct Line secret: a server that holds it may generate tokens and open or read any conversation.
    /// Empty turns secret access off, leaving only tokens the host itself hands out. Set it from the environment.
    /// </summary>
    [RegularExpression(".{32,}", ErrorMessage = "DirectLine:Secret must be empty or at least 32 characters long.")]
    public string Secret { get; set; } = string.Empty;

    /// <summary>The bot's account in Direct Line conversations, the recipient of every visitor activity.</summary>
    [Required]
    public string BotId { get; set; } = "bot";

    /// <summary>The bot's display name in Direct Line conversations.</summary>
    public string BotName { get; set; } = "Bot";

    /// <summary>How long a token is good for; clients refresh theirs half-way (Direct Line's own is 30 minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a conversation nobody has used (no activity, poll, stream or token refresh) is kept; after that its
    /// activities are gone and its clients are told it ended.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most conversations kept at once; opening one more forgets the one used least recently.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>The most activities a conversation keeps for clients to fetch; older ones are dropped first.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;
}
