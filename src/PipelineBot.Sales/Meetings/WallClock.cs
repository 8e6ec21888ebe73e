namespace PipelineBot.Sales.Meetings;

/// <summary>Turns times on a rep's wall clock into instants, across daylight-saving changes.</summary>
internal static class WallClock
{
    /// <summary>The instants a working period covers on a date, or null when the clock never shows any of it that day.</summary>
    public static TimeSlot? Window(TimeZoneInfo zone, DateOnly date, WorkingPeriod period)
    {
        var start = ToInstant(zone, date.ToDateTime(period.Start), latest: false);
        var end = ToInstant(zone, date.ToDateTime(period.End), latest: true);
        return end > start ? new TimeSlot(start, end) : null;
    }

    /// <summary>The local date of an instant in the zone.</summary>
    public static DateOnly DateOf(TimeZoneInfo zone, DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static DateTimeOffset ToInstant(TimeZoneInfo zone, DateTime local, bool latest)
    {
        // Springing forward, the clock skips this time: use the moment it jumps, so a period counts only time the
        // clock really shows, and a period wholly inside the gap (or a skipped day) covers nothing.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // Falling back, the clock shows this time twice: a period starts at the first showing and ends at the last.
        var offsets = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [zone.GetUtcOffset(local)];
        return new DateTimeOffset(local, latest ? offsets.Min() : offsets.Max()).ToUniversalTime();
    }
}
