using System.Globalization;
using PipelineBot.Host.Content;

namespace PipelineBot.Host.Meetings;

/// <summary>Writes meeting times as a person reads them: on their own clock, in the language of the line around them.</summary>
public sealed class MeetingTimeFormatter(IDialogText text)
{
    /// <summary>The start on <paramref name="zone"/>'s clock, e.g. "Tue, November 24, 9:00 AM" or "вт, 24 ноября, 9:00".</summary>
    public string When(DateTimeOffset start, TimeZoneInfo zone, string? locale)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var culture = ContentCulture.Of(text, "meeting.culture", locale);
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var day = culture.DateTimeFormat.GetAbbreviatedDayName(local.DayOfWeek);
        return $"{day}, {local.ToString(culture.DateTimeFormat.MonthDayPattern, culture)}, {ContentCulture.ShortTime(local, culture)}";
    }

    /// <summary>The zone with its offset at <paramref name="at"/>, e.g. "America/New_York, UTC-05:00": the offset there, not today's.</summary>
    public static string Zone(TimeZoneInfo zone, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"{zone.Id}, UTC{TimeZoneInfo.ConvertTime(at, zone).ToString("zzz", CultureInfo.InvariantCulture)}";
    }
}
