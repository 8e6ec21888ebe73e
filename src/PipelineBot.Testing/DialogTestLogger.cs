using System.Globalization;
using PipelineBot.Runtime.Builder;

namespace PipelineBot.Testing;

/// <summary>
/// Middleware that writes each exchange, with the time since the turn began, like Bot Builder's XUnitDialogTestLogger
/// but framework-neutral: pass <c>output.WriteLine</c> from xUnit's ITestOutputHelper (or Console.WriteLine).
/// </summary>
/// <param name="writeLine">Receives one line per user activity, bot reply and finished turn.</param>
/// <param name="timeProvider">The clock timings are read from; the system clock by default.</param>
public sealed class DialogTestLogger(Action<string> writeLine, TimeProvider? timeProvider = null) : IMiddleware
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        writeLine($"User:  {ReplyFormatter.Describe(turnContext.Activity)}");
        turnContext.OnSendActivities(async (_, activities, send) =>
        {
            foreach (var activity in activities)
            {
                writeLine($"Bot:   {ReplyFormatter.Describe(activity)}  (+{Elapsed(started)} ms)");
            }
            return await send();
        });
        await next(cancellationToken);
        writeLine($"       turn took {Elapsed(started)} ms");
    }

    private string Elapsed(long started) =>
        _time.GetElapsedTime(started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
