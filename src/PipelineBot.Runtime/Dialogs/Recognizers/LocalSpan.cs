namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>One side of a time preference on the user's wall clock: a moment, or a day, daypart, week or month.</summary>
internal readonly record struct LocalSpan(DateTime Start, DateTime End, bool IsPoint, Daypart? Daypart)
{
    /// <summary>Where a window opened at this moment closes: the end of the daypart named with it, else midnight.</summary>
    public DateTime DaypartOrDayEnd =>
        Daypart is { } part && Start.Date.Add(DateCalendar.Hours(part).End.ToTimeSpan()) is var end && end > Start
            ? end
            : Start.Date.AddDays(1);

    /// <summary>Where a window closed at this moment opens: the start of the daypart named with it, else midnight.</summary>
    public DateTime DaypartOrDayStart =>
        Daypart is { } part && Start.Date.Add(DateCalendar.Hours(part).Start.ToTimeSpan()) is var start && start < Start
            ? start
            : Start.Date;

    public static LocalSpan Read(List<DatePart> side, DateTime now)
    {
        var resolution = DateTimeRecognizer.Resolve(side, now);
        var daypart = side.Find(p => p.Daypart is not null)?.Daypart;
        if (resolution is { Start: { } start, End: { } end })
        {
            return new LocalSpan(start, end, false, daypart);
        }
        var value = resolution.Value.GetValueOrDefault();
        return side.Exists(p => p.Time is not null || p.Elapsed is not null)
            ? new LocalSpan(value, value, true, daypart)
            : new LocalSpan(value, value.AddDays(1), false, daypart);
    }
}
