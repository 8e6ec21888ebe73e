using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace PipelineBot.Runtime.Tests.Connector;

/// <summary>
/// A fake clock that reports each timer as it is created, so a test can wait for the retry policy to start waiting
/// and then move time on by exactly that wait: retries are driven deterministically, with no real sleeping.
/// </summary>
internal sealed class TimerRecordingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    /// <summary>The due times of the timers created so far, in order.</summary>
    public List<TimeSpan> Waits { get; } = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Runs <paramref name="action"/>, advancing the clock past every wait it starts, until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> action)
    {
        var task = action();
        while (true)
        {
            var nextTimer = _timers.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(task, nextTimer).WaitAsync(TimeSpan.FromSeconds(30)) == task)
            {
                return await task;
            }
            var due = await nextTimer;
            Waits.Add(due);
            Advance(due);
        }
    }
}
