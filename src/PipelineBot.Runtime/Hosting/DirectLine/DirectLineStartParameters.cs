using PipelineBot.Runtime.Schema;

namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>The optional body of generating a token or starting a conversation: who it is for, and in what language.</summary>
internal sealed class DirectLineStartParameters
{
    /// <summary>The user to bind; only the secret's holder may choose one, a token already names its user.</summary>
    public ChannelAccount? User { get; set; }

    /// <summary>The client's language, for the bot's greeting before the user has said anything.</summary>
    public string? Locale { get; set; }
}
