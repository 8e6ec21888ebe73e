namespace PipelineBot.Host.Proactive;

/// <summary>How a proactive message fared.</summary>
public enum ProactiveDelivery
{
    /// <summary>The channel took it.</summary>
    Delivered,

    /// <summary>No conversation is known for the address: nothing to send into, now or later.</summary>
    NoConversation,

    /// <summary>The channel could not be reached or refused it; trying again later may work.</summary>
    Failed,
}
