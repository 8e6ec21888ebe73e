namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// One recognised fragment of a date/time expression. Fragments next to each other ("tomorrow" + "at 3pm") are
/// merged into one resolution; a <see cref="Fixed"/> fragment (a week, a month, "in 2 hours") stands alone.
/// </summary>
internal sealed record DatePart(int Start, int Length)
{
    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    /// <summary>True when the hour was said without am/pm, so a daypart may still move it ("evening at 7").</summary>
    public bool HourIsAmbiguous { get; init; }

    /// <summary>True for an hour with neither minutes nor am/pm ("at 3"), which gets the business-hours rule.</summary>
    public bool HourIsBare { get; init; }

    /// <summary>True for a bare number read as an hour only because an edge word precedes it ("after 3").</summary>
    public bool HourOnlyByEdge { get; init; }

    public Daypart? Daypart { get; init; }

    /// <summary>True for a date given as a weekday, which can move on a week when it closes a span ("Friday to Monday").</summary>
    public bool IsWeekday { get; init; }

    public DateTimeResolution? Fixed { get; init; }

    /// <summary>The week or month a <see cref="Fixed"/> period fragment names.</summary>
    public CalendarPeriod? Period { get; init; }

    /// <summary>For "in 2 hours", the time to add to now; kept so a caller can add it to an instant across a DST change.</summary>
    public TimeSpan? Elapsed { get; init; }

    public int End => Start + Length;
}
