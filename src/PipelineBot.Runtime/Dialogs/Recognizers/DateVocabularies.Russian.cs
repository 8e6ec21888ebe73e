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
            ("понедельник|понедельника|пн", DayOfWeek.Monday), ("вторник|вторника|вт", DayOfWeek.Tuesday),
            ("среда|среду|среды|ср", DayOfWeek.Wednesday), ("четверг|четверга|чт", DayOfWeek.Thursday),
            ("пятница|пятницу|пятницы|пт", DayOfWeek.Friday), ("суббота|субботу|субботы|сб", DayOfWeek.Saturday),
            ("воскресенье|воскресенья|вс", DayOfWeek.Sunday),
        ],
        RelativeDays = [("сегодня", 0), ("завтра", 1), ("послезавтра", 2), ("вчера", -1), ("позавчера", -2)],
        Periods =
        [
            ("этой неделе|эту неделю|эта неделя", CalendarPeriod.ThisWeek),
            ("следующей неделе|следующую неделю|следующая неделя", CalendarPeriod.NextWeek),
            ("этом месяце|этот месяц", CalendarPeriod.ThisMonth),
            ("следующем месяце|следующий месяц", CalendarPeriod.NextMonth),
        ],
        Dayparts =
        [
            ("утром|утро|с утра|до обеда|первой половине дня", Daypart.Morning),
            ("днём|после обеда|второй половине дня", Daypart.Afternoon), ("вечером|вечер", Daypart.Evening),
        ],
        NamedHours = [("полдень", 12), ("полночь", 0)],
        NextBefore = "следующий|следующую|следующее|следующая",
        ThisBefore = "этот|эту|это|эта|ближайший|ближайшую|ближайшее",
        TimePrepositions = "в|во|к|около",
        HourUnits = "час|часа|часов|ч",
        HourQualifiers = [("дня|вечера", true), ("утра|ночи", false)],
        InPrepositions = "через",
        Counts =
        [
            ("два|две|пару", 2), ("три", 3), ("четыре", 4), ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8),
            ("девять", 9), ("десять", 10), ("пятнадцать", 15), ("двадцать", 20), ("тридцать", 30), ("сорок", 40),
        ],
        Units =
        [
            ("минуту|минуты|минут|мин", RelativeUnit.Minutes), ("час|часа|часов", RelativeUnit.Hours),
            ("полчаса", RelativeUnit.HalfHours),
            ("день|дня|дней", RelativeUnit.Days), ("неделю|недели|недель", RelativeUnit.Weeks),
            ("месяц|месяца|месяцев", RelativeUnit.Months),
        ],
        // "до" closes before what follows ("до 12:00", "до пятницы"); "по" includes it ("с понедельника по среду").
        Edges =
        [
            ("с|со|от|начиная с|начиная со|не раньше|не ранее", WindowEdge.From), ("после|позже|позднее", WindowEdge.After),
            ("по|не позже|не позднее", WindowEdge.Until), ("до|раньше|ранее", WindowEdge.Before),
        ],
        Fillers = "в|во|на|к|около|любое|время",
    };
}
