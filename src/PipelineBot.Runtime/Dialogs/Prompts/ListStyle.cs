namespace PipelineBot.Runtime.Dialogs.Prompts;

/// <summary>How a prompt presents its choices.</summary>
public enum ListStyle
{
    /// <summary>Not at all: the question already names them.</summary>
    None,
    /// <summary>Whatever the channel renders best.</summary>
    Auto,
    /// <summary>In the text, on one line.</summary>
    Inline,
    /// <summary>In the text, one per line.</summary>
    List,
    /// <summary>As buttons under the message.</summary>
    SuggestedAction,
    /// <summary>As buttons on a hero card.</summary>
    HeroCard,
}
