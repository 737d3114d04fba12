using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// The retry policy of brief §3.3, on Polly: an overall deadline around bounded retries around a per-attempt
/// timeout. Every wait runs on the DI <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
internal static class ConnectorResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options.MaxRetryDelay, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    Log.ConnectorRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Result?.StatusCode, args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay, TimeProvider time) => outcome switch
    {
        // A transport timeout: the attempt timeout fired. Refused connections and bad hosts are not retried.
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsRetryable(response.StatusCode) && !(RetryAfter(response, time) > maxDelay),
        _ => false,
    };

    // 429/412/502/504 from the Teams guidance, plus 500/503/408. Other 4xx (400, 401/403 auth or blocked,
    // 404 conversation gone, 413 too big) would fail the same way again.
    internal static bool IsRetryable(HttpStatusCode status) => (int)status is 429 or 412 or 500 or 502 or 503 or 504 or 408;

    /// <summary>Retry-After as delta-seconds or HTTP-date, measured on the injected clock; a date in the past means now.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };
}
