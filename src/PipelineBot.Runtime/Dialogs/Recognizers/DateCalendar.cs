using System.Globalization;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Calendar rules shared by the date lexer and resolver; weeks start on Monday (ISO 8601).</summary>
internal static class DateCalendar
{
    /// <summary>
    /// Resolves a weekday: "next X" is X in the week after this one; "this X" is the coming X, today included;
    /// a bare X is the coming X strictly after today.
    /// </summary>
    public static DateOnly Weekday(DateOnly today, DayOfWeek day, bool next, bool thisOne)
    {
        if (next)
        {
            return WeekStart(today).AddDays(7 + DaysFromMonday(day));
        }
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 && !thisOne ? 7 : ahead);
    }

    /// <summary>Builds a date from parsed parts; without a year it is the next occurrence, today included.</summary>
    public static DateOnly? Date(DateOnly today, int day, int month, string? year)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        if (!string.IsNullOrEmpty(year))
        {
            var y = int.Parse(year, CultureInfo.InvariantCulture) + (year.Length == 2 ? 2000 : 0);
            return y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }
        // Leap days can be four (or, across a skipped century leap year, eight) years away.
        for (var y = today.Year; y <= Math.Min(today.Year + 8, 9999); y++)
        {
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) is var date && date >= today)
            {
                return date;
            }
        }
        return null;
    }

    public static DateTimeResolution Period(CalendarPeriod period, DateOnly today)
    {
        switch (period)
        {
            case CalendarPeriod.ThisWeek or CalendarPeriod.NextWeek:
                var monday = WeekStart(today).AddDays(period == CalendarPeriod.NextWeek ? 7 : 0).ToDateTime(TimeOnly.MinValue);
                var timex = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(monday):D4}-W{ISOWeek.GetWeekOfYear(monday):D2}");
                return new DateTimeResolution(timex, null, monday, monday.AddDays(7));
            default:
                var first = new DateTime(today.Year, today.Month, 1).AddMonths(period == CalendarPeriod.NextMonth ? 1 : 0);
                return new DateTimeResolution(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), null, first, first.AddMonths(1));
        }
    }

    public static (TimeOnly Start, TimeOnly End, string Timex) Hours(Daypart part) => part switch
    {
        Daypart.Morning => (new TimeOnly(8, 0), new TimeOnly(12, 0), "MO"),
        Daypart.Afternoon => (new TimeOnly(12, 0), new TimeOnly(17, 0), "AF"),
        _ => (new TimeOnly(17, 0), new TimeOnly(20, 0), "EV"),
    };

    public static string DateTimex(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MomentTimex(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly WeekStart(DateOnly day) => day.AddDays(-DaysFromMonday(day.DayOfWeek));

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
