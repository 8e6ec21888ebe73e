namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Reads when a user would like something to happen ("Tuesday afternoon", "tomorrow at 3pm", "not before 2pm
/// tomorrow", "с 14 до 16 в четверг") as a window on their own clock, for a slot finder to search in or near.
/// </summary>
/// <remarks>
/// <para>Words are read as <see cref="DateTimeRecognizer"/> reads them (weekdays, bare hours, dayparts: morning 08-12,
/// afternoon 12-17, evening 17-20), except that before 04:00 "tomorrow" is the day that has just begun. A clock time
/// is a point; a day runs from midnight to midnight, so it lasts 23 or 25 hours when the clocks change; a daypart,
/// week or month is all of it.</para>
/// <para>"from", "after" or "not before" a clock time opens the window there and closes it at the end of the daypart
/// named with it, else at midnight: "not before 2pm tomorrow" is tomorrow 14:00-24:00. Before a day or longer, the window
/// runs for a week: "from Monday" opens on Monday, "after Monday" on Tuesday. "before" or "until" a clock time opens it
/// at the start of that daypart or day; before a day, it opens now and closes as that day begins ("before") or ends
/// ("until"). "from X to Y", "between X and Y" and "с X до Y" span X to Y; a Y without a date falls on X's day, or the
/// next when it would come first ("from 10pm to 1am").</para>
/// <para>"in 2 hours" is added to the instant, so it stays exact across a clock change. A wall-clock time skipped in
/// spring is the moment the clocks jump; one repeated in autumn is its first occurrence. Windows are not clipped to
/// now: notice periods and working hours belong to the slot finder. Of several alternatives ("tomorrow or Friday")
/// the first is read.</para>
/// </remarks>
public static class TimePreferenceRecognizer
{
    private static readonly TimeSpan OpenEnd = TimeSpan.FromDays(7);

    /// <summary>Reads the first time preference in the text; null when it names no date or time.</summary>
    /// <param name="text">The user's message; null, blank, emoji and unrelated words yield null.</param>
    /// <param name="locale">BCP-47 tag choosing the words; null or unknown means en-US.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="timeZone">The user's time zone, in which words like "tomorrow" and "3pm" are meant.</param>
    public static TimePreference? Recognize(string? text, string? locale, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        if (WindowPhrase.Read(text, locale, local) is not { } phrase || !WithinCalendar(phrase))
        {
            return null;
        }
        if (phrase is { Opening: [{ Elapsed: { } elapsed }], Closing.Count: 0, OpeningEdge: null })
        {
            var at = TimeZoneInfo.ConvertTime(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMinute)) + elapsed, timeZone);
            return new TimePreference(at, at, TimePreferenceKind.Point);
        }
        if (phrase is { Closing.Count: 0, OpeningEdge: null } && LocalSpan.Read(phrase.Opening, local) is { IsPoint: true } point)
        {
            var at = ZonedClock.At(point.Start, timeZone);
            return new TimePreference(at, at, TimePreferenceKind.Point);
        }
        return Window(phrase, local) is var (start, end) && end > start
            ? new TimePreference(ZonedClock.At(start, timeZone), ZonedClock.At(end, timeZone), TimePreferenceKind.Range)
            : null;
    }

    private static (DateTime Start, DateTime End) Window(WindowPhrase phrase, DateTime now)
    {
        if (phrase.Closing.Count == 0)
        {
            return Opened(LocalSpan.Read(phrase.Opening, now), phrase.OpeningEdge);
        }
        if (phrase.Opening.Count == 0)
        {
            var closing = LocalSpan.Read(phrase.Closing, now);
            return closing.IsPoint ? (closing.DaypartOrDayStart, closing.Start)
                : (now, phrase.ClosingEdge == WindowEdge.Before ? closing.Start : closing.End);
        }
        // A side without a date borrows the other's: "from 2 to 4pm tomorrow", "tomorrow from 2 to 4pm".
        List<DatePart> openingParts = [.. phrase.Opening], closingParts = [.. phrase.Closing];
        if (closingParts.Find(p => p.Date is not null) is { } closingDate && DateTimeRecognizer.CanJoin(openingParts, closingDate))
        {
            openingParts.Add(closingDate);
        }
        var from = LocalSpan.Read(openingParts, now);
        var openingDate = new DatePart(0, 0) { Date = DateOnly.FromDateTime(from.Start) };
        var borrows = DateTimeRecognizer.CanJoin(closingParts, openingDate);
        var to = LocalSpan.Read(borrows ? [.. closingParts, openingDate] : closingParts, now);
        var start = phrase.OpeningEdge == WindowEdge.After && !from.IsPoint ? from.End : from.Start;
        var end = phrase.ClosingEdge == WindowEdge.Before ? to.Start : to.End;
        // "from 10pm to 1am" ends the next day; "from Friday to Monday" the next Monday after Friday.
        if (end <= start && (borrows || closingParts.Exists(p => p.IsWeekday)))
        {
            end = end.AddDays(borrows ? 1 : 7);
        }
        return end > start ? (start, end) : Opened(from, phrase.OpeningEdge);
    }

    private static (DateTime Start, DateTime End) Opened(LocalSpan span, WindowEdge? edge) => edge switch
    {
        null => (span.Start, span.End),
        _ when span.IsPoint => (span.Start, span.DaypartOrDayEnd),
        WindowEdge.After => (span.End, span.End + OpenEnd),
        _ => (span.Start, span.Start + OpenEnd),
    };

    // Leaves room for a day and a week of arithmetic at either end of DateTime's range.
    private static bool WithinCalendar(WindowPhrase phrase) =>
        phrase.Opening.Concat(phrase.Closing).All(p => p.Date is not { Year: < 2 or > 9998 });
}
