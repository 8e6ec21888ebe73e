using System.Globalization;
using System.Text.RegularExpressions;

namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Finds every candidate date/time fragment in folded text; overlaps are settled by the recognizer.</summary>
internal static partial class DateLexer
{
    private const int NightEndsHour = 4;

    /// <remarks>
    /// With <c>nightBelongsToPreviousDay</c>, before 04:00 "tomorrow" is the day that has just begun: someone still up
    /// at 01:00 who says "tomorrow afternoon" means the coming afternoon. Prompts keep the calendar reading.
    /// </remarks>
    public static List<DatePart> Lex(string folded, DateGrammar grammar, DateTime now, bool monthFirst, bool nightBelongsToPreviousDay)
    {
        var today = DateOnly.FromDateTime(now);
        var parts = new List<DatePart>();
        void Add(Match m, Func<DatePart, DatePart?> build)
        {
            if (build(new DatePart(m.Index, m.Length)) is { } part)
            {
                parts.Add(part);
            }
        }

        foreach (Match m in IsoDate().Matches(folded))
        {
            Add(m, p => Iso(p, m));
        }
        foreach (Match m in DottedDate().Matches(folded))
        {
            Add(m, p => WithDate(p, DateCalendar.Date(today, Int(m, "d"), Int(m, "mo"), m.Groups["y"].Value)));
        }
        foreach (Match m in SlashDate().Matches(folded))
        {
            var (day, month) = monthFirst ? (Int(m, "b"), Int(m, "a")) : (Int(m, "a"), Int(m, "b"));
            Add(m, p => WithDate(p, DateCalendar.Date(today, day, month, m.Groups["y"].Value)));
        }
        foreach (var pattern in new[] { grammar.DayMonth, grammar.MonthDay })
        {
            foreach (Match m in pattern.Matches(folded))
            {
                grammar.Months.TryGetValue(m.Groups["mon"].Value, out var month);
                Add(m, p => WithDate(p, DateCalendar.Date(today, Int(m, "d"), month, m.Groups["y"].Value)));
            }
        }
        foreach (Match m in grammar.Weekday.Matches(folded))
        {
            grammar.Weekdays.TryGetValue(m.Groups["wd"].Value, out var day);
            var next = m.Groups["next"].Success || m.Groups["nextafter"].Success;
            var thisOne = m.Groups["this"].Success || m.Groups["thisafter"].Success;
            Add(m, p => p with { Date = DateCalendar.Weekday(today, day, next, thisOne), IsWeekday = true });
        }
        var dayOfTomorrow = nightBelongsToPreviousDay && now.Hour < NightEndsHour ? today : today.AddDays(1);
        foreach (Match m in grammar.RelativeDays.WholeWords.Matches(folded))
        {
            grammar.RelativeDays.TryGetValue(m.Value, out var offset);
            Add(m, p => p with { Date = offset > 0 ? dayOfTomorrow.AddDays(offset - 1) : today.AddDays(offset) });
        }
        foreach (Match m in grammar.Periods.WholeWords.Matches(folded))
        {
            grammar.Periods.TryGetValue(m.Value, out var period);
            Add(m, p => p with { Fixed = DateCalendar.Period(period, today), Period = period });
        }
        foreach (Match m in grammar.Dayparts.WholeWords.Matches(folded))
        {
            grammar.Dayparts.TryGetValue(m.Value, out var daypart);
            Add(m, p => p with { Daypart = daypart });
        }
        foreach (Match m in grammar.NamedHours.WholeWords.Matches(folded))
        {
            grammar.NamedHours.TryGetValue(m.Value, out var hour);
            Add(m, p => p with { Time = new TimeOnly(hour, 0) });
        }
        foreach (Match m in grammar.Time.Matches(folded))
        {
            Add(m, p => Time(p, m, grammar));
        }
        foreach (Match m in grammar.RelativeIn.Matches(folded))
        {
            Add(m, p => Relative(p, m, grammar, now));
        }
        // "after 3 on Friday" and "с 14 до 16" are hours; "talk to 3 people" and "с 3 коллегами" are not.
        var starts = parts.Select(p => p.Start).ToHashSet();
        parts.RemoveAll(p => p.HourOnlyByEdge && !grammar.EndsTime(folded, p.End, starts));
        return parts;
    }

    private static DatePart? Time(DatePart part, Match m, DateGrammar grammar)
    {
        var hasMinutes = m.Groups["mi"].Success;
        var hasMeridiem = m.Groups["mer"].Success;
        var marked = m.Groups["prep"].Success || hasMinutes || hasMeridiem || m.Groups["unit"].Success;
        if (!marked && !m.Groups["edge"].Success)
        {
            return null;
        }
        var hour = Int(m, "h");
        var minute = hasMinutes ? Int(m, "mi") : 0;
        if (minute > 59 || hour > 23 || (hasMeridiem && hour is 0 or > 12))
        {
            return null;
        }
        bool? afternoon = hasMeridiem ? m.Groups["mer"].Value == "p" : null;
        if (m.Groups["q"].Success && grammar.HourQualifiers.TryGetValue(m.Groups["q"].Value, out var qualifier))
        {
            afternoon = qualifier;
        }
        hour = (afternoon, hour) switch
        {
            (true, < 12) => hour + 12,
            (false, 12) => 0,
            _ => hour,
        };
        return part with
        {
            Time = new TimeOnly(hour, minute),
            HourIsAmbiguous = afternoon is null && hour is >= 1 and <= 12,
            HourIsBare = afternoon is null && !hasMinutes,
            HourOnlyByEdge = !marked,
        };
    }

    private static DatePart Relative(DatePart part, Match m, DateGrammar grammar, DateTime now)
    {
        var count = m.Groups["n"].Success ? Int(m, "n")
            : m.Groups["w"].Success && grammar.Counts.TryGetValue(m.Groups["w"].Value, out var spelled) ? spelled
            : 1;
        grammar.Units.TryGetValue(m.Groups["unit"].Value, out var unit);
        if (unit is RelativeUnit.Minutes or RelativeUnit.HalfHours or RelativeUnit.Hours)
        {
            var elapsed = TimeSpan.FromMinutes(count * unit switch { RelativeUnit.Hours => 60, RelativeUnit.HalfHours => 30, _ => 1 });
            var at = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0).Add(elapsed);
            return part with { Fixed = new DateTimeResolution(DateCalendar.MomentTimex(at), at, null, null), Elapsed = elapsed };
        }
        var today = DateOnly.FromDateTime(now);
        return part with
        {
            Date = unit switch
            {
                RelativeUnit.Days => today.AddDays(count),
                RelativeUnit.Weeks => today.AddDays(7 * count),
                _ => today.AddMonths(count),
            },
        };
    }

    private static DatePart? WithDate(DatePart part, DateOnly? date) => date is null ? null : part with { Date = date };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
