using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// /readyz detail for usage logging. A down store is Degraded, not Unhealthy: replies keep working without it,
/// so the instance must stay in rotation. Lost events are reported here and on the dashboard.
/// </summary>
internal sealed class UsageHealthCheck(UsageQueue queue) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["pending"] = queue.Pending,
            ["written"] = queue.Written,
            ["lost"] = queue.Lost,
        };
        var result = queue.LastError is { } error
            ? HealthCheckResult.Degraded($"Usage store unreachable ({error}); events are queued", data: data)
            : queue.Lost > 0
                ? HealthCheckResult.Degraded($"{queue.Lost} usage events were lost since start", data: data)
                : HealthCheckResult.Healthy("Usage store reachable", data);
        return Task.FromResult(result);
    }
}
