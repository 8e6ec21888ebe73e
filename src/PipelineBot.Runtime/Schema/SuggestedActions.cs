namespace PipelineBot.Runtime.Schema;

/// <summary>Buttons shown under a message until the user answers.</summary>
public class SuggestedActions
{
    /// <summary>Recipient ids the buttons are shown to; empty means everyone.</summary>
    public List<string>? To { get; set; }

    /// <summary>The buttons.</summary>
    public List<CardAction> Actions { get; set; } = [];
}
