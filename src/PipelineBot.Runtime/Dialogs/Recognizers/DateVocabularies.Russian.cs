namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Russian date words, in the cases people actually type ("1 декабря", "в пятницу").</summary>
internal static partial class DateVocabularies
{
    public static DateVocabulary Russian { get; } = new()
    {
        Months =
        [
            ("января|январь|янв", 1), ("февраля|февраль|фев", 2), ("марта|март|мар", 3), ("апреля|апрель|апр", 4),
            ("мая|май", 5), ("июня|июнь|июн", 6), ("июля|июль|июл", 7), ("августа|август|авг", 8),
            ("сентября|сентябрь|сен|сент", 9), ("октября|октябрь|окт", 10), ("ноября|ноябрь|ноя", 11), ("декабря|декабрь|дек", 12),
        ],
        Weekdays =
        [
            ("понедельник|пн", DayOfWeek.Monday), ("вторник|вт", DayOfWeek.Tuesday), ("среда|среду|ср", DayOfWeek.Wednesday),
            ("четверг|чт", DayOfWeek.Thursday), ("пятница|пятницу|пт", DayOfWeek.Friday), ("суббота|субботу|сб", DayOfWeek.Saturday),
            ("воскресенье|вс", DayOfWeek.Sunday),
        ],
        RelativeDays = [("сегодня", 0), ("завтра", 1), ("послезавтра", 2), ("вчера", -1), ("позавчера", -2)],
        Periods =
        [
            ("этой неделе|эту неделю|эта неделя", CalendarPeriod.ThisWeek),
            ("следующей неделе|следующую неделю|следующая неделя", CalendarPeriod.NextWeek),
            ("этом месяце|этот месяц", CalendarPeriod.ThisMonth),
            ("следующем месяце|следующий месяц", CalendarPeriod.NextMonth),
        ],
        Dayparts = [("утром|утро", Daypart.Morning), ("днём|после обеда", Daypart.Afternoon), ("вечером|вечер", Daypart.Evening)],
        NamedHours = [("полдень", 12), ("полночь", 0)],
        NextBefore = "следующий|следующую|следующее|следующая",
        ThisBefore = "этот|эту|это|эта|ближайший|ближайшую|ближайшее",
        TimePrepositions = "в|во|к|около",
        HourUnits = "час|часа|часов|ч",
        HourQualifiers = [("дня|вечера", true), ("утра|ночи", false)],
        InPrepositions = "через",
        Units =
        [
            ("минуту|минуты|минут|мин", RelativeUnit.Minutes), ("час|часа|часов", RelativeUnit.Hours),
            ("день|дня|дней", RelativeUnit.Days), ("неделю|недели|недель", RelativeUnit.Weeks),
            ("месяц|месяца|месяцев", RelativeUnit.Months),
        ],
        Fillers = "в|во|на|к|около",
    };
}
