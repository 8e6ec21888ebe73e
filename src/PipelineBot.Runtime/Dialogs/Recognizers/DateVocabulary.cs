namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// One language's date and time words. Every string field lists alternatives separated by '|'; tables are
/// folded (case and diacritics) before use, so entries are written in their natural spelling.
/// </summary>
internal sealed class DateVocabulary
{
    public required (string Words, int Month)[] Months { get; init; }

    public required (string Words, DayOfWeek Day)[] Weekdays { get; init; }

    /// <summary>Days from today: "tomorrow" is 1, "yesterday" -1.</summary>
    public required (string Words, int Offset)[] RelativeDays { get; init; }

    public required (string Words, CalendarPeriod Period)[] Periods { get; init; }

    public required (string Words, Daypart Part)[] Dayparts { get; init; }

    /// <summary>Named clock times such as noon (12) and midnight (0).</summary>
    public required (string Words, int Hour)[] NamedHours { get; init; }

    /// <summary>Words placed before a weekday that mean "of next week" ("next", "следующий", "příští").</summary>
    public string NextBefore { get; init; } = "";

    /// <summary>Words placed after a weekday that mean "of next week" (Romanian "viitoare").</summary>
    public string NextAfter { get; init; } = "";

    /// <summary>Words placed before a weekday that mean "the coming one, today included" ("this", "этот").</summary>
    public string ThisBefore { get; init; } = "";

    /// <summary>Words placed after a weekday with the "this" meaning (Romanian "asta").</summary>
    public string ThisAfter { get; init; } = "";

    /// <summary>Prepositions that turn a bare number into an hour ("at 3", "в 3", "la ora 3").</summary>
    public required string TimePrepositions { get; init; }

    /// <summary>Words after a number that make it an hour ("3 o'clock", "3 часа", "15h").</summary>
    public required string HourUnits { get; init; }

    /// <summary>Words after an hour that fix the half of the day; true means after noon ("3 часа дня", "в 9 утра").</summary>
    public (string Words, bool Afternoon)[] HourQualifiers { get; init; } = [];

    /// <summary>Prepositions of "in N hours/days" ("in", "через", "za", "peste").</summary>
    public required string InPrepositions { get; init; }

    /// <summary>Words that stand for a count of one in "in an hour".</summary>
    public string OneWords { get; init; } = "";

    /// <summary>Counts spelled out in "in two hours" ("two", "два", "dvě"); digits need no table.</summary>
    public (string Words, int Count)[] Counts { get; init; } = [];

    public required (string Words, RelativeUnit Unit)[] Units { get; init; }

    /// <summary>Words that open or close a window at the date or time after them ("not before", "до", "od").</summary>
    public (string Words, WindowEdge Edge)[] Edges { get; init; } = [];

    /// <summary>Words allowed between two fragments of one expression ("tomorrow at 3", "завтра в 15:00").</summary>
    public required string Fillers { get; init; }
}
