using System.Globalization;

namespace PipelineBot.Sales.Meetings;

/// <summary>
/// Parsing and checking of the availability settings, shared by the defaults and every rep's overrides so both report
/// problems the same way, each message naming the configuration path to fix.
/// </summary>
internal static class AvailabilityRules
{
    public const string DateFormat = "yyyy-MM-dd";

    public static TimeZoneInfo? FindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    public static bool TryParseDay(string key, out DayOfWeek day)
    {
        // Enum.TryParse would also take "1" or "Monday, Friday"; only a day's name is meant here.
        var name = Enum.GetNames<DayOfWeek>().FirstOrDefault(n => string.Equals(n, key?.Trim(), StringComparison.OrdinalIgnoreCase));
        day = name is null ? default : Enum.Parse<DayOfWeek>(name);
        return name is not null;
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static IEnumerable<string> CheckTimeZone(string path, string? id)
    {
        if (FindTimeZone(id) is null)
        {
            yield return $"{path}:TimeZone '{id}' is not a known time zone; use an IANA id such as Europe/Prague.";
        }
    }

    public static IEnumerable<string> CheckWorkingHours(string path, Dictionary<string, List<string>> workingHours)
    {
        foreach (var (key, texts) in workingHours)
        {
            if (!TryParseDay(key, out _))
            {
                yield return $"{path}:WorkingHours:{key} is not a day of the week; use Monday to Sunday.";
                continue;
            }
            var periods = new List<WorkingPeriod>();
            for (var i = 0; i < texts.Count; i++)
            {
                if (!WorkingPeriod.TryParse(texts[i], out var period))
                {
                    yield return $"{path}:WorkingHours:{key}:{i} '{texts[i]}' is not a period like 09:00-12:00 (HH:mm-HH:mm, ending after it starts).";
                }
                else if (!IsWhole(period.Start.ToTimeSpan()) || !IsWhole(period.End.ToTimeSpan()))
                {
                    yield return $"{path}:WorkingHours:{key}:{i} '{texts[i]}' must start and end on a multiple of {Minutes(Meeting.Grain)} minutes.";
                }
                else
                {
                    periods.Add(period);
                }
            }
            var sorted = periods.OrderBy(p => p.Start).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].Start < sorted[i - 1].End)
                {
                    yield return $"{path}:WorkingHours:{key} has overlapping periods {sorted[i - 1]} and {sorted[i]}.";
                }
            }
        }
    }

    public static IEnumerable<string> CheckDuration(string path, string name, TimeSpan? value, bool zeroAllowed)
    {
        if (value is { } v && (v < TimeSpan.Zero || (v == TimeSpan.Zero && !zeroAllowed) || !IsWhole(v)))
        {
            var sign = zeroAllowed ? "zero or positive" : "positive";
            yield return $"{path}:{name} is {v}; it must be {sign} and a whole multiple of {Minutes(Meeting.Grain)} minutes.";
        }
    }

    public static IEnumerable<string> CheckMinimumNotice(string path, TimeSpan? value)
    {
        if (value < TimeSpan.Zero)
        {
            yield return $"{path}:MinimumNotice is {value}; it must not be negative.";
        }
    }

    public static IEnumerable<string> CheckDaysAhead(string path, int? value)
    {
        if (value is < 0 or > 365)
        {
            yield return $"{path}:DaysAhead is {value}; use 0 (today only) to 365.";
        }
    }

    public static IEnumerable<string> CheckDaysOff(string path, List<string> daysOff)
    {
        for (var i = 0; i < daysOff.Count; i++)
        {
            if (!TryParseDate(daysOff[i], out _))
            {
                yield return $"{path}:DaysOff:{i} '{daysOff[i]}' is not a date like 2025-12-24 ({DateFormat}).";
            }
        }
    }

    /// <summary>The parsed periods per day; call only on checked settings.</summary>
    public static Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> ParseWorkingHours(Dictionary<string, List<string>> workingHours) =>
        workingHours.ToDictionary(
            entry => TryParseDay(entry.Key, out var day) ? day : throw Invalid($"WorkingHours:{entry.Key}"),
            entry => (IReadOnlyList<WorkingPeriod>)[.. entry.Value.Select(Period).OrderBy(p => p.Start)]);

    /// <summary>The parsed dates; call only on checked settings.</summary>
    public static IEnumerable<DateOnly> ParseDaysOff(IEnumerable<string> daysOff) =>
        daysOff.Select(text => TryParseDate(text, out var date) ? date : throw Invalid($"DaysOff '{text}'"));

    public static InvalidOperationException Invalid(string what) =>
        new($"The meeting availability setting {what} is invalid; validate {nameof(AvailabilityOptions)} at start-up to see why.");

    private static WorkingPeriod Period(string text) =>
        WorkingPeriod.TryParse(text, out var period) ? period : throw Invalid($"WorkingHours '{text}'");

    // Times on the grain keep every slot's UTC instants on it too, since real UTC offsets are whole quarter hours.
    private static bool IsWhole(TimeSpan value) => value.Ticks % Meeting.Grain.Ticks == 0;

    private static int Minutes(TimeSpan value) => (int)value.TotalMinutes;
}
