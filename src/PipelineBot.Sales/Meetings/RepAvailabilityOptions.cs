namespace PipelineBot.Sales.Meetings;

/// <summary>
/// One rep's departures from the shared <see cref="AvailabilityOptions"/>, bound from <c>Meetings:Reps:&lt;repId&gt;</c>.
/// Every setting is optional; what is left out is taken from the shared settings.
/// </summary>
public sealed class RepAvailabilityOptions
{
    /// <summary>The rep's IANA time zone, e.g. <c>America/New_York</c>, in which their working hours are read.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Working periods for the days listed, replacing the shared ones for those days only; an empty list makes the day
    /// a day off for this rep.
    /// </summary>
    public Dictionary<string, List<string>>? WorkingHours { get; set; }

    /// <summary>See <see cref="AvailabilityOptions.MeetingLength"/>.</summary>
    public TimeSpan? MeetingLength { get; set; }

    /// <summary>See <see cref="AvailabilityOptions.Buffer"/>.</summary>
    public TimeSpan? Buffer { get; set; }

    /// <summary>See <see cref="AvailabilityOptions.SlotInterval"/>.</summary>
    public TimeSpan? SlotInterval { get; set; }

    /// <summary>See <see cref="AvailabilityOptions.MinimumNotice"/>.</summary>
    public TimeSpan? MinimumNotice { get; set; }

    /// <summary>See <see cref="AvailabilityOptions.DaysAhead"/>.</summary>
    public int? DaysAhead { get; set; }

    /// <summary>The rep's own days off (<c>yyyy-MM-dd</c>), on top of the shared ones such as public holidays.</summary>
    public List<string>? DaysOff { get; set; }
}
