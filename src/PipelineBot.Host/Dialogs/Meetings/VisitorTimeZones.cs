using System.Globalization;
using System.Text.RegularExpressions;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Dialogs.Meetings;

/// <summary>
/// A visitor's time zone as an IANA id a meeting can keep: reported by the channel, or typed as a zone name or a whole-hour
/// UTC offset. Offsets become the fixed <c>Etc/GMT</c> zones, whose sign is inverted by POSIX convention.
/// </summary>
public static partial class VisitorTimeZones
{
    /// <summary>Zones offered as buttons when the channel does not say; any other can be typed.</summary>
    public static IReadOnlyList<string> Common { get; } =
        ["Europe/London", "Europe/Prague", "Europe/Moscow", "America/New_York", "America/Los_Angeles", "Asia/Singapore"];

    /// <summary>The zone the channel reports for the sender (localTimezone, clientInfo, else the local timestamp's offset); null when unknown.</summary>
    public static string? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.GetUserTimeZone() switch
        {
            null => null,
            var zone when Known(zone.Id) => zone.Id,
            var zone => FromOffset(zone.BaseUtcOffset),
        };
    }

    /// <summary>The zone typed by the visitor, "Europe/Berlin", "utc+2" or "GMT-05:00"; null when it names none.</summary>
    public static string? Parse(string? text)
    {
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }
        if (TimeZoneInfo.TryFindSystemTimeZoneById(typed, out var zone))
        {
            return zone.Id;
        }
        var offset = OffsetPattern().Match(typed);
        if (!offset.Success)
        {
            return null;
        }
        var hours = int.Parse(offset.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = offset.Groups["minutes"].Success ? int.Parse(offset.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var sign = offset.Groups["sign"].Value == "-" ? -1 : 1;
        return FromOffset(sign * new TimeSpan(hours, minutes, 0));
    }

    /// <summary>The fixed zone for a whole-hour offset from UTC-12 to UTC+14; null for others, which have no such zone.</summary>
    private static string? FromOffset(TimeSpan offset)
    {
        if (offset.Ticks % TimeSpan.TicksPerHour != 0 || offset < TimeSpan.FromHours(-12) || offset > TimeSpan.FromHours(14))
        {
            return null;
        }
        var hours = (int)offset.TotalHours;
        var id = hours == 0 ? "Etc/UTC" : $"Etc/GMT{(hours > 0 ? '-' : '+')}{Math.Abs(hours)}";
        return Known(id) ? id : null;
    }

    private static bool Known(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    [GeneratedRegex(@"^(?:utc|gmt)?\s*(?<sign>[+-])\s*(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
