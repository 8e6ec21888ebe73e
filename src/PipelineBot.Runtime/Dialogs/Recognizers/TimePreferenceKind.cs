namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Whether a time preference names one moment or a stretch of time.</summary>
public enum TimePreferenceKind
{
    /// <summary>A clock time ("at 3pm", "in two hours"): the nearest free slot to it is wanted.</summary>
    Point,

    /// <summary>A day, daypart, week or bounded span ("afternoon", "not before 2pm"): any free slot inside will do.</summary>
    Range,
}
