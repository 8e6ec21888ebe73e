namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>When a user would like something to happen, as a window on their own clock.</summary>
/// <param name="Start">The earliest moment meant, with the user's UTC offset at that moment; for a point, the moment itself.</param>
/// <param name="End">Exclusive end of the window, with the user's UTC offset at that moment; equal to Start for a point.</param>
/// <param name="Kind">Whether the user named a moment or a stretch of time.</param>
public sealed record TimePreference(DateTimeOffset Start, DateTimeOffset End, TimePreferenceKind Kind)
{
    /// <summary>How long the window is; zero for a point, 23 or 25 hours for a day on which the clocks change.</summary>
    public TimeSpan Duration => End - Start;
}
