namespace PipelineBot.Runtime.Dialogs.Recognizers;

/// <summary>Turns a wall-clock reading in a time zone into an instant, across daylight-saving changes.</summary>
internal static class ZonedClock
{
    /// <summary>The instant at which <paramref name="zone"/>'s clock shows <paramref name="local"/> (Kind Unspecified).</summary>
    public static DateTimeOffset At(DateTime local, TimeZoneInfo zone)
    {
        // A time skipped when clocks spring forward is first reached the moment they jump past it.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        // A time that occurs twice when clocks fall back counts the first time it is reached.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
