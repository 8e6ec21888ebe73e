namespace PipelineBot.Runtime.Schema;

/// <summary>Whether the bot is waiting for the user's input after a message.</summary>
public static class InputHints
{
    /// <summary>The bot will listen but does not need an answer.</summary>
    public const string AcceptingInput = "acceptingInput";
    /// <summary>The bot asked a question and waits for the answer.</summary>
    public const string ExpectingInput = "expectingInput";
    /// <summary>The bot is busy; input would be ignored.</summary>
    public const string IgnoringInput = "ignoringInput";
}
