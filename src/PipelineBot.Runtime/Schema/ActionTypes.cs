namespace PipelineBot.Runtime.Schema;

/// <summary>Card action types.</summary>
public static class ActionTypes
{
    /// <summary>Sends the value as a visible user message.</summary>
    public const string ImBack = "imBack";
    /// <summary>Sends the value as a hidden message.</summary>
    public const string PostBack = "postBack";
    /// <summary>Sends text and value, showing displayText.</summary>
    public const string MessageBack = "messageBack";
    /// <summary>Opens the URL in a browser.</summary>
    public const string OpenUrl = "openUrl";
}
