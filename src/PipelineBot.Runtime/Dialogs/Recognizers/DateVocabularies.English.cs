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
        Dayparts =
        [
            ("morning|before lunch", Daypart.Morning), ("afternoon|after lunch", Daypart.Afternoon),
            ("evening|tonight|tonite", Daypart.Evening),
        ],
        NamedHours = [("noon|midday", 12), ("midnight", 0)],
        NextBefore = "next",
        ThisBefore = "this|this coming|coming",
        TimePrepositions = "at|@|around|about|by",
        HourUnits = "o'clock|oclock|h",
        InPrepositions = "in|within",
        OneWords = "a|an|one",
        Counts =
        [
            ("two|a couple of|couple of", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
            ("nine", 9), ("ten", 10), ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("forty five", 45),
        ],
        Units =
        [
            ("minute|minutes|min|mins", RelativeUnit.Minutes), ("hour|hours|hr|hrs", RelativeUnit.Hours),
            ("half an hour|half hour", RelativeUnit.HalfHours),
            ("day|days", RelativeUnit.Days), ("week|weeks", RelativeUnit.Weeks), ("month|months", RelativeUnit.Months),
        ],
        // "between 2 and 4pm" closes with "and"; "Tuesday and Wednesday" then spans both days.
        Edges =
        [
            ("from|not before|no earlier than|not earlier than|starting|starting from|earliest|between", WindowEdge.From),
            ("after|later than", WindowEdge.After),
            ("until|till|til|to|through|and|not after|no later than|not later than|latest", WindowEdge.Until),
            ("before|earlier than", WindowEdge.Before),
        ],
        Fillers = "at|on|in|the|of|around|about|by|any|anytime|time",
    };
}
