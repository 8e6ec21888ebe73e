namespace PipelineBot.Runtime.Schema;

/// <summary>Activity type names as they appear on the wire.</summary>
public static class ActivityTypes
{
    /// <summary>Text, button clicks and card submits.</summary>
    public const string Message = "message";
    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>A named signal with an optional value.</summary>
    public const string Event = "event";
    /// <summary>A synchronous request that expects an invoke response.</summary>
    public const string Invoke = "invoke";
    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";
    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
    /// <summary>The bot was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>Reactions were added or removed.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>Debug output, shown only by the Emulator.</summary>
    public const string Trace = "trace";
    /// <summary>Pseudo-activity carrying the HTTP response of an invoke; never sent to a channel.</summary>
    public const string InvokeResponse = "invokeResponse";
    /// <summary>Pseudo-activity asking the adapter to pause between sends; never sent to a channel.</summary>
    public const string Delay = "delay";
}
