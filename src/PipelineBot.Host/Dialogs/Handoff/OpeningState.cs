namespace PipelineBot.Host.Dialogs.Handoff;

/// <summary>Whether a person can answer a hand-off made now within the promised response time.</summary>
public enum OpeningState
{
    /// <summary>Open, and the response time ends before closing: a reply can be promised within it.</summary>
    Open,

    /// <summary>Open, but closing before the response time is up: a reply today is possible, not promised.</summary>
    ClosingSoon,

    /// <summary>Closed (after hours, a closed weekday or a holiday): the reply comes after the next opening.</summary>
    Closed,
}
