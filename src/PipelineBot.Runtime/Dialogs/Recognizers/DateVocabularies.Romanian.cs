namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Romanian date words; "next"/"this" follow the weekday ("marțea viitoare", "vineri asta").</summary>
internal static partial class DateVocabularies
{
    public static DateVocabulary Romanian { get; } = new()
    {
        Months =
        [
            ("ianuarie|ian", 1), ("februarie|feb", 2), ("martie|mar", 3), ("aprilie|apr", 4), ("mai", 5), ("iunie|iun", 6),
            ("iulie|iul", 7), ("august|aug", 8), ("septembrie|sept|sep", 9), ("octombrie|oct", 10), ("noiembrie|nov|noi", 11),
            ("decembrie|dec", 12),
        ],
        Weekdays =
        [
            ("luni|lunea", DayOfWeek.Monday), ("marți|marțea", DayOfWeek.Tuesday), ("miercuri|miercurea", DayOfWeek.Wednesday),
            ("joi|joia", DayOfWeek.Thursday), ("vineri|vinerea", DayOfWeek.Friday), ("sâmbătă|sâmbăta", DayOfWeek.Saturday),
            ("duminică|duminica", DayOfWeek.Sunday),
        ],
        RelativeDays = [("azi|astăzi", 0), ("mâine", 1), ("poimâine", 2), ("ieri", -1), ("alaltăieri", -2)],
        Periods =
        [
            ("săptămâna aceasta|săptămâna asta|săptămâna curentă", CalendarPeriod.ThisWeek),
            ("săptămâna viitoare|săptămâna următoare", CalendarPeriod.NextWeek),
            ("luna aceasta|luna asta|luna curentă", CalendarPeriod.ThisMonth),
            ("luna viitoare|luna următoare", CalendarPeriod.NextMonth),
        ],
        Dayparts =
        [
            ("dimineață|dimineața", Daypart.Morning), ("după-amiază|după-amiaza|după amiază", Daypart.Afternoon),
            ("seară|seara|diseară", Daypart.Evening),
        ],
        NamedHours = [("amiază|prânz", 12), ("miezul nopții", 0)],
        NextAfter = "viitoare|viitor|următoare|următor",
        ThisBefore = "această|acest",
        ThisAfter = "aceasta|asta|acesta",
        TimePrepositions = "la ora|la|ora|pe la",
        HourUnits = "h",
        InPrepositions = "peste|în",
        OneWords = "o|un|una",
        Units =
        [
            ("minut|minute", RelativeUnit.Minutes), ("oră|ore", RelativeUnit.Hours), ("zi|zile", RelativeUnit.Days),
            ("săptămână|săptămâni", RelativeUnit.Weeks), ("lună|luni", RelativeUnit.Months),
        ],
        Fillers = "la|ora|pe|în|de",
    };
}
