namespace PipelineBot.Sales.Meetings;

/// <summary>
/// One rep's effective, parsed availability: the shared settings with the rep's overrides applied. Made by
/// <see cref="AvailabilityOptions.For"/> and read by <see cref="SlotFinder"/>.
/// </summary>
public sealed record RepAvailability
{
    /// <summary>The zone the working hours, days off and "days ahead" are read in.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>Working periods per weekday, each list sorted and without overlaps; a missing day is a day off.</summary>
    public required IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> WorkingHours { get; init; }

    /// <summary>How long a meeting lasts.</summary>
    public required TimeSpan MeetingLength { get; init; }

    /// <summary>Free time the rep keeps after each meeting before the next may start.</summary>
    public required TimeSpan Buffer { get; init; }

    /// <summary>How far apart offered start times are, counted from the start of each working period.</summary>
    public required TimeSpan SlotInterval { get; init; }

    /// <summary>How long from now the earliest slot may start.</summary>
    public required TimeSpan MinimumNotice { get; init; }

    /// <summary>How many days after today (in <see cref="TimeZone"/>) slots may fall on; 0 offers today only.</summary>
    public required int DaysAhead { get; init; }

    /// <summary>Dates in <see cref="TimeZone"/> without any slots, whatever the weekday's hours.</summary>
    public required IReadOnlySet<DateOnly> DaysOff { get; init; }

    /// <summary>The working periods of a date, none on a day off.</summary>
    public IReadOnlyList<WorkingPeriod> PeriodsOn(DateOnly date) =>
        !DaysOff.Contains(date) && WorkingHours.TryGetValue(date.DayOfWeek, out var periods) ? periods : [];
}
