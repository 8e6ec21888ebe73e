namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Czech date words; months in both the genitive ("1. prosince") and the nominative ("prosinec").</summary>
internal static partial class DateVocabularies
{
    public static DateVocabulary Czech { get; } = new()
    {
        Months =
        [
            ("ledna|leden", 1), ("února|únor", 2), ("března|březen", 3), ("dubna|duben", 4), ("května|květen", 5),
            ("června|červen", 6), ("července|červenec", 7), ("srpna|srpen", 8), ("září", 9), ("října|říjen", 10),
            ("listopadu|listopad", 11), ("prosince|prosinec", 12),
        ],
        Weekdays =
        [
            ("pondělí", DayOfWeek.Monday), ("úterý", DayOfWeek.Tuesday), ("středa|středu", DayOfWeek.Wednesday),
            ("čtvrtek", DayOfWeek.Thursday), ("pátek", DayOfWeek.Friday), ("sobota|sobotu", DayOfWeek.Saturday),
            ("neděle|neděli", DayOfWeek.Sunday),
        ],
        RelativeDays = [("dnes|dneska", 0), ("zítra", 1), ("pozítří", 2), ("včera", -1), ("předevčírem", -2)],
        Periods =
        [
            ("tento týden|tenhle týden|tomto týdnu", CalendarPeriod.ThisWeek), ("příští týden|příštím týdnu", CalendarPeriod.NextWeek),
            ("tento měsíc|tenhle měsíc|tomto měsíci", CalendarPeriod.ThisMonth), ("příští měsíc|příštím měsíci", CalendarPeriod.NextMonth),
        ],
        Dayparts =
        [
            ("ráno|dopoledne|před obědem", Daypart.Morning), ("odpoledne|po obědě", Daypart.Afternoon), ("večer", Daypart.Evening),
        ],
        NamedHours = [("poledne", 12), ("půlnoc", 0)],
        NextBefore = "příští",
        ThisBefore = "tento|tuto|toto|tenhle|tuhle|tohle",
        TimePrepositions = "v|ve|kolem",
        HourUnits = "hodin|hodiny|hodinu|h",
        InPrepositions = "za",
        OneWords = "jednu|jeden",
        Counts = [("dva|dvě", 2), ("tři", 3), ("čtyři", 4), ("pět", 5), ("šest", 6), ("deset", 10), ("patnáct", 15), ("třicet", 30)],
        Units =
        [
            ("minutu|minuty|minut", RelativeUnit.Minutes), ("hodinu|hodiny|hodin", RelativeUnit.Hours),
            ("půl hodiny|půlhodinu", RelativeUnit.HalfHours),
            ("den|dny|dní|dnů", RelativeUnit.Days), ("týden|týdny|týdnů", RelativeUnit.Weeks), ("měsíc|měsíce|měsíců", RelativeUnit.Months),
        ],
        Edges =
        [
            ("od|nejdříve od|nejdřív od|ne dříve než|nejdříve|nejdřív", WindowEdge.From), ("po|později než", WindowEdge.After),
            ("do|nejpozději do|nejpozději", WindowEdge.Until), ("před|dříve než", WindowEdge.Before),
        ],
        Fillers = "v|ve|kolem|na|o|kdykoli|kdykoliv",
    };
}
