namespace PipelineBot.Runtime.Schema;

/// <summary>How the sender wants the bot's replies delivered.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go to the Connector API at serviceUrl.</summary>
    public const string Normal = "normal";
    /// <summary>Replies come back in the HTTP response body.</summary>
    public const string ExpectReplies = "expectReplies";
}
