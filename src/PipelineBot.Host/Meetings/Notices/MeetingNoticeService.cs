namespace PipelineBot.Host.Meetings.Notices;

/// <summary>
/// Sends meetings' notices in the background: a pass at start-up (catching up on what fell due while the host was
/// down), then one whenever a notice falls due, and at least every <see cref="PollInterval"/> to pick up meetings
/// booked or moved meanwhile. It waits on the injected <see cref="TimeProvider"/>, so a fake clock drives it.
/// </summary>
public sealed partial class MeetingNoticeService(MeetingNoticeSender sender, TimeProvider time, ILogger<MeetingNoticeService> logger) : BackgroundService
{
    /// <summary>The longest wait between passes: how late at most a meeting booked since the last pass gets its first notice.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastPass = DateTimeOffset.MinValue;
    private TaskCompletionSource _passed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once a pass that started at or after <paramref name="at"/> on the service's clock has finished and the
    /// next wake-up is set: whoever moves a fake clock can then wait for the work that move caused.
    /// </summary>
    internal async Task PassedAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task passed;
            lock (_gate)
            {
                if (_lastPass >= at)
                {
                    return;
                }
                passed = _passed.Task;
            }
            await passed.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            var wake = started + PollInterval;
            try
            {
                if (await sender.SendDueAsync(stoppingToken) is { } due && due < wake)
                {
                    wake = due;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A failed pass (the database briefly unavailable, say) must not stop the reminders for good.
                LogPassFailed(exception);
            }
            var delay = Task.Delay(Max(wake - time.GetUtcNow(), TimeSpan.Zero), time, stoppingToken);
            Passed(started);
            try
            {
                await delay;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Passed(DateTimeOffset started)
    {
        TaskCompletionSource passed;
        lock (_gate)
        {
            _lastPass = started;
            passed = _passed;
            _passed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        passed.SetResult();
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over the meeting notices failed; the next one tries again")]
    private partial void LogPassFailed(Exception exception);
}
