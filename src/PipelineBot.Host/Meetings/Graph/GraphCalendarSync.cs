using Microsoft.Extensions.Options;
using PipelineBot.Sales.Meetings;

namespace PipelineBot.Host.Meetings.Graph;

/// <summary>
/// Brings Outlook up to date with the meeting store every <see cref="CalendarOptions.SyncInterval"/> while Graph is
/// the calendar: an upcoming meeting whose event could not be created or moved when it changed (Graph down, say) gets
/// it now, and a cancelled one has its event cancelled. Events already in line cost no Graph call.
/// </summary>
public sealed class GraphCalendarSync(
    GraphCalendar calendar,
    IMeetingRepository meetings,
    IOptions<CalendarOptions> options,
    IOptions<AvailabilityOptions> availability,
    TimeProvider time,
    ILogger<GraphCalendarSync> logger) : BackgroundService
{
    /// <summary>Writes every upcoming meeting's event that Outlook is missing or shows wrongly; stops at the first Graph failure.</summary>
    /// <exception cref="CalendarUnavailableException">Graph could not take a change; the rest wait for the next round.</exception>
    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        foreach (var repId in options.Value.Mailboxes.Keys)
        {
            // Meetings are booked no further ahead than the rep's days ahead; a day more covers their last day in any zone.
            var horizon = now.AddDays(availability.Value.For(repId).DaysAhead + 2);
            foreach (var meeting in await meetings.FindByRepAsync(repId, now, horizon, cancellationToken))
            {
                if (meeting.Start <= now)
                {
                    continue;
                }
                if (meeting.Status == MeetingStatus.Cancelled)
                {
                    await calendar.CancelEventAsync(meeting, cancellationToken);
                }
                else
                {
                    await calendar.UpdateEventAsync(meeting, cancellationToken);
                }
            }
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != CalendarProviderKind.Graph)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.SyncInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CatchUpAsync(stoppingToken);
            }
            catch (CalendarUnavailableException exception)
            {
                logger.LogWarning(exception, "Outlook is not yet up to date with the booked meetings; trying again in {Interval}", options.Value.SyncInterval);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed round must not stop the host, which is what an exception escaping a background service does.
                logger.LogError(exception, "Bringing Outlook up to date failed; trying again in {Interval}", options.Value.SyncInterval);
            }
        }
    }
}
