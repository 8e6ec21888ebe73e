namespace PipelineBot.Sales.Meetings;

/// <summary>
/// Finds a rep's free slots: a pure function of the rep's availability, their busy time and the current time, so the
/// same inputs always give the same slots in the same (chronological) order. A slot lies inside one working period
/// on the rep's wall clock, whatever daylight saving does; it starts no sooner than the minimum notice and on a day
/// no later than "days ahead", never on a day off; and neither it nor the buffer after it overlaps busy time. Given
/// the time the rep's meetings hold (<see cref="Meeting.HeldTime"/>), that is exactly what the store will refuse.
/// </summary>
public static class SlotFinder
{
    /// <summary>The earliest free slots, at most <paramref name="count"/>, optionally only those inside <paramref name="within"/>.</summary>
    /// <param name="availability">The rep's effective availability, from <see cref="AvailabilityOptions.For"/>.</param>
    /// <param name="busy">
    /// When the rep cannot be booked around the searched days, from <see cref="ICalendarProvider.FindBusyAsync"/>: the
    /// time their meetings hold, plus any appointments an external calendar knows of. Spans may overlap.
    /// </param>
    /// <param name="now">The current time.</param>
    /// <param name="count">How many slots to return at most.</param>
    /// <param name="within">A span the slots must lie in, e.g. "Tuesday afternoon" in the visitor's zone; null for any.</param>
    public static IReadOnlyList<TimeSlot> Find(
        RepAvailability availability, IEnumerable<TimeSlot> busy, DateTimeOffset now, int count, TimeSlot? within = null)
    {
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(busy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var taken = busy.ToList();
        var notice = now + availability.MinimumNotice;
        var earliest = within is not null && within.Start > notice ? within.Start : notice;
        var today = WallClock.DateOf(availability.TimeZone, now);
        var slots = new List<TimeSlot>(count);
        for (var day = today; day <= today.AddDays(availability.DaysAhead); day = day.AddDays(1))
        {
            foreach (var period in availability.PeriodsOn(day))
            {
                if (WallClock.Window(availability.TimeZone, day, period) is not { } window)
                {
                    continue;
                }
                foreach (var slot in Candidates(window, availability, earliest))
                {
                    if (within is not null && slot.End > within.End)
                    {
                        // Candidates only get later from here.
                        return slots;
                    }
                    var withBuffer = new TimeSlot(slot.Start, slot.End + availability.Buffer);
                    // Without notice the grid may start right now, but only a future meeting can be booked.
                    if (slot.Start > now && !taken.Exists(withBuffer.Overlaps))
                    {
                        slots.Add(slot);
                        if (slots.Count == count)
                        {
                            return slots;
                        }
                    }
                }
            }
        }
        return slots;
    }

    /// <summary>Slots on the period's grid of start times that fit in it and start no sooner than <paramref name="earliest"/>.</summary>
    private static IEnumerable<TimeSlot> Candidates(TimeSlot window, RepAvailability availability, DateTimeOffset earliest)
    {
        var start = window.Start;
        if (earliest > start)
        {
            // Round up to the grid rather than walk it, since the notice may be days long.
            var steps = ((earliest - start).Ticks + availability.SlotInterval.Ticks - 1) / availability.SlotInterval.Ticks;
            start += TimeSpan.FromTicks(availability.SlotInterval.Ticks * steps);
        }
        for (; start + availability.MeetingLength <= window.End; start += availability.SlotInterval)
        {
            yield return new TimeSlot(start, start + availability.MeetingLength);
        }
    }
}
