using System.Globalization;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Sales.Tests.Meetings;

/// <summary>Availability settings and wall-clock helpers for slot tests, so expectations read as local times.</summary>
internal static class TestAvailability
{
    /// <summary>Monday to Friday with the given periods, hour-long meetings every hour, no buffer, notice or days off.</summary>
    public static AvailabilityOptions Weekdays(string zone, params string[] periods)
    {
        var options = new AvailabilityOptions
        {
            TimeZone = zone,
            MeetingLength = TimeSpan.FromHours(1),
            SlotInterval = TimeSpan.FromHours(1),
            Buffer = TimeSpan.Zero,
            MinimumNotice = TimeSpan.Zero,
            DaysAhead = 14,
        };
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" })
        {
            options.WorkingHours[day] = [.. periods];
        }
        return options;
    }

    /// <summary>The instant a (non-ambiguous) wall-clock time in the zone stands for.</summary>
    public static DateTimeOffset At(string zone, int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(zone).GetUtcOffset(local));
    }

    /// <summary>A slot as the zone's wall clock shows it, e.g. <c>Mon 31.03 09:00-10:00</c>.</summary>
    public static string Show(TimeSlot slot, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var (start, end) = (TimeZoneInfo.ConvertTime(slot.Start, tz), TimeZoneInfo.ConvertTime(slot.End, tz));
        return string.Create(CultureInfo.InvariantCulture, $"{start:ddd dd.MM HH:mm}-{end:HH:mm}");
    }

    /// <summary>Like <see cref="Show"/> with the UTC offset of each end, for nights when the clock changes.</summary>
    public static string ShowWithOffsets(TimeSlot slot, string zone)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var (start, end) = (TimeZoneInfo.ConvertTime(slot.Start, tz), TimeZoneInfo.ConvertTime(slot.End, tz));
        return string.Create(CultureInfo.InvariantCulture, $"{start:HH:mmzzz}-{end:HH:mmzzz}");
    }
}
