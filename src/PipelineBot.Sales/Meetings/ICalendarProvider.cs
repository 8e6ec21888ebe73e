namespace PipelineBot.Sales.Meetings;

/// <summary>
/// A rep's calendar as booking sees it: when the rep is busy, and the event that puts a meeting in the calendar the
/// rep works from. The meeting store stays the source of truth in every mode: it alone refuses double bookings
/// (<see cref="IMeetingRepository"/>), so a calendar only adds busy time and mirrors meetings already stored.
/// </summary>
public interface ICalendarProvider
{
    /// <summary>
    /// When the rep cannot be booked inside <paramref name="range"/>: the time their stored meetings hold
    /// (<see cref="Meeting.HeldTime"/>, cancelled ones left out) plus whatever else the calendar knows of, in any order.
    /// </summary>
    Task<IReadOnlyList<TimeSlot>> FindBusyAsync(string repId, TimeSlot range, CancellationToken cancellationToken = default);

    /// <summary>Puts a newly booked meeting in the rep's calendar; nothing happens if it is there already.</summary>
    /// <exception cref="CalendarUnavailableException">The calendar could not be written; the meeting stands regardless.</exception>
    Task CreateEventAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Brings the calendar's event in line with a rescheduled meeting, creating it if it never got there.</summary>
    /// <exception cref="CalendarUnavailableException">The calendar could not be written; the meeting stands regardless.</exception>
    Task UpdateEventAsync(Meeting meeting, CancellationToken cancellationToken = default);

    /// <summary>Cancels a cancelled meeting's event, telling its attendees; nothing happens if it never got there.</summary>
    /// <exception cref="CalendarUnavailableException">The calendar could not be written; the meeting stands regardless.</exception>
    Task CancelEventAsync(Meeting meeting, CancellationToken cancellationToken = default);
}
