namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// What a word before a date or time does to a window: opens it there or just after it, or closes it there or just
/// before it. For a clock time both pairs mean the same; for a day "from Monday" includes Monday, "after Monday" does not.
/// </summary>
internal enum WindowEdge
{
    /// <summary>"from", "not before", "с", "od": the window opens at the start of what follows.</summary>
    From,

    /// <summary>"after", "после", "po": the window opens at the end of what follows.</summary>
    After,

    /// <summary>"until", "to", "по": the window closes at the end of what follows.</summary>
    Until,

    /// <summary>"before", "до", "před": the window closes at the start of what follows.</summary>
    Before,
}
