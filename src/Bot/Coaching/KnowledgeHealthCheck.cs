using CpcCoach.Knowledge;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CpcCoach.Bot.Coaching;

/// <summary>Ready once the knowledge base is loaded, validated and indexed.</summary>
internal sealed class KnowledgeHealthCheck(KnowledgeBase knowledge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(knowledge.Entries.Count > 0
            ? HealthCheckResult.Healthy($"{knowledge.Entries.Count} entries")
            : HealthCheckResult.Unhealthy("no knowledge entries loaded"));
}
