namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>English date words; also merged under every other language as a fallback.</summary>
internal static partial class DateVocabularies
{
    public static DateVocabulary English { get; } = new()
    {
        Months =
        [
            ("january|jan", 1), ("february|feb", 2), ("march|mar", 3), ("april|apr", 4), ("may", 5), ("june|jun", 6),
            ("july|jul", 7), ("august|aug", 8), ("september|sept|sep", 9), ("october|oct", 10), ("november|nov", 11),
            ("december|dec", 12),
        ],
        // "sat" and "sun" are left out: they are ordinary words (and "sat" is Serbian for "hour").
        Weekdays =
        [
            ("monday|mon", DayOfWeek.Monday), ("tuesday|tue|tues", DayOfWeek.Tuesday), ("wednesday|wed", DayOfWeek.Wednesday),
            ("thursday|thu|thur|thurs", DayOfWeek.Thursday), ("friday|fri", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday),
            ("sunday", DayOfWeek.Sunday),
        ],
        RelativeDays =
        [
            ("today", 0), ("tomorrow|tmrw|tmr", 1), ("day after tomorrow", 2), ("yesterday", -1), ("day before yesterday", -2),
        ],
        Periods =
        [
            ("this week", CalendarPeriod.ThisWeek), ("next week", CalendarPeriod.NextWeek),
            ("this month", CalendarPeriod.ThisMonth), ("next month", CalendarPeriod.NextMonth),
        ],
        Dayparts = [("morning", Daypart.Morning), ("afternoon", Daypart.Afternoon), ("evening|tonight|tonite", Daypart.Evening)],
        NamedHours = [("noon|midday", 12), ("midnight", 0)],
        NextBefore = "next",
        ThisBefore = "this|this coming|coming",
        TimePrepositions = "at|@|around|about|by",
        HourUnits = "o'clock|oclock|h",
        InPrepositions = "in|within",
        OneWords = "a|an|one",
        Units =
        [
            ("minute|minutes|min|mins", RelativeUnit.Minutes), ("hour|hours|hr|hrs", RelativeUnit.Hours),
            ("day|days", RelativeUnit.Days), ("week|weeks", RelativeUnit.Weeks), ("month|months", RelativeUnit.Months),
        ],
        Fillers = "at|on|in|the|of|around|about|by",
    };
}
