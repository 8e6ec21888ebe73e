using System.Net;
using Polly;
using Polly.Retry;

namespace PipelineBot.Runtime.Connector;

/// <summary>
/// Retries Connector calls the channel asked us to repeat (429) or failed transiently (5xx, no connection), with
/// bounded exponential backoff that honours Retry-After, so a throttled channel is not hammered.
/// </summary>
public static class ConnectorRetryPolicy
{
    /// <summary>The longest single wait, whatever Retry-After asks for: a turn must not hang on a channel.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    /// <summary>Builds the pipeline; <paramref name="timeProvider"/> drives the waits so tests need not sleep.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(TimeProvider timeProvider, int maxRetryAttempts = 3) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = MaxDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
            })
            .Build();

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, MaxDelay.Ticks)) : null;
    }
}
