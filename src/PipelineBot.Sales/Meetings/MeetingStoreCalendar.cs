namespace PipelineBot.Sales.Meetings;

/// <summary>
/// The default calendar: the meetings in the store are the calendar. A rep is busy for the time their meetings hold,
/// and writing events does nothing, because the stored meeting is the event.
/// </summary>
public sealed class MeetingStoreCalendar(IMeetingRepository meetings) : ICalendarProvider
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<TimeSlot>> FindBusyAsync(string repId, TimeSlot range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        var found = await meetings.FindByRepAsync(repId, range.Start, range.End, cancellationToken);
        return [.. found.Where(meeting => meeting.HoldsTime).Select(meeting => meeting.HeldTime)];
    }

    /// <inheritdoc />
    public Task CreateEventAsync(Meeting meeting, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task UpdateEventAsync(Meeting meeting, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task CancelEventAsync(Meeting meeting, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
