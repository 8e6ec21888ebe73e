namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>
/// Serbian date words in Cyrillic; the grammar also accepts each one in Latin script. "Недеља" is both Sunday
/// and week, so the week phrases are listed whole ("следеће недеље") and only "недеља/недељу" mean Sunday.
/// </summary>
internal static partial class DateVocabularies
{
    public static DateVocabulary Serbian { get; } = new()
    {
        Months =
        [
            ("јануар|јануара", 1), ("фебруар|фебруара", 2), ("март|марта", 3), ("април|априла", 4), ("мај|маја", 5),
            ("јун|јуна", 6), ("јул|јула", 7), ("август|августа", 8), ("септембар|септембра", 9), ("октобар|октобра", 10),
            ("новембар|новембра", 11), ("децембар|децембра", 12),
        ],
        Weekdays =
        [
            ("понедељак", DayOfWeek.Monday), ("уторак", DayOfWeek.Tuesday), ("среда|среду", DayOfWeek.Wednesday),
            ("четвртак", DayOfWeek.Thursday), ("петак", DayOfWeek.Friday), ("субота|суботу", DayOfWeek.Saturday),
            ("недеља|недељу", DayOfWeek.Sunday),
        ],
        RelativeDays = [("данас", 0), ("сутра", 1), ("прекосутра", 2), ("јуче|јучер", -1), ("прекјуче", -2)],
        Periods =
        [
            ("ове недеље|ове седмице", CalendarPeriod.ThisWeek),
            ("следеће недеље|наредне недеље|следеће седмице|наредне седмице", CalendarPeriod.NextWeek),
            ("овог месеца|овај месец", CalendarPeriod.ThisMonth),
            ("следећег месеца|наредног месеца|следећи месец|наредни месец", CalendarPeriod.NextMonth),
        ],
        Dayparts =
        [
            ("ујутру|ујутро|јутрос|пре подне|преподне", Daypart.Morning), ("поподне|после подне", Daypart.Afternoon),
            ("увече|вече|вечерас", Daypart.Evening),
        ],
        NamedHours = [("подне", 12), ("поноћ", 0)],
        NextBefore = "следећи|следећу|следеће|наредни|наредну|наредне",
        ThisBefore = "овај|ову|ово|ове",
        TimePrepositions = "у|око",
        HourUnits = "сат|сата|сати|h",
        InPrepositions = "за",
        Units =
        [
            ("минут|минута|минуте", RelativeUnit.Minutes), ("сат|сата|сати", RelativeUnit.Hours), ("дан|дана", RelativeUnit.Days),
            ("недељу|недеље|недеља|седмицу|седмице", RelativeUnit.Weeks), ("месец|месеца|месеци", RelativeUnit.Months),
        ],
        Fillers = "у|око|на",
    };
}
