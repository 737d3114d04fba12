using System.Net;
using System.Net.Http.Headers;
using System.Globalization;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Bounded retries on 429/5xx/timeouts honouring Retry-After, a circuit breaker that leaves a failing endpoint alone
/// for a while, and a per-attempt timeout, all on the injected <see cref="TimeProvider"/>. Streams are retried only
/// before their first byte: the pipeline wraps the request, and a streamed body is read after it returns.
/// </summary>
internal static class ModelResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ModelOptions options, TimeProvider time, ILogger logger)
    {
        builder.TimeProvider = time;
        builder
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome, options.MaxRetryDelay, time)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetryAfter(response, time) : null),
                OnRetry = args =>
                {
                    Log.ModelRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, (int?)args.Outcome.Result?.StatusCode);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
                OnOpened = args =>
                {
                    Log.ModelCircuitOpened(logger, args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Log.ModelCircuitClosed(logger);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.Timeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay, TimeProvider time) => outcome switch
    {
        { Exception: TimeoutRejectedException or HttpRequestException } => true,
        { Result: { } response } => IsRetryable(response.StatusCode) && !(RetryAfter(response, time) > maxDelay),
        _ => false,
    };

    // Failures that say the endpoint is unwell; a 400 (our prompt) or 401 (our key) would not heal by waiting.
    private static bool IsFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException or HttpRequestException } => true,
        { Result: { } response } => IsRetryable(response.StatusCode),
        _ => false,
    };

    internal static bool IsRetryable(HttpStatusCode status) => (int)status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>Azure's retry-after-ms first (finer), then Retry-After as seconds or an HTTP date on the injected clock.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return response.Headers.RetryAfter switch
        {
            RetryConditionHeaderValue { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            RetryConditionHeaderValue { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
    }
}
