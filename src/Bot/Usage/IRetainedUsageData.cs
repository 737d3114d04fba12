namespace CpcCoach.Bot.Usage;

/// <summary>
/// Usage-derived data kept outside the usage store (the practice rubric ledger), which the daily retention pass
/// (<see cref="UsageRetention"/>) trims to the same <c>Usage:RetentionDays</c>.
/// </summary>
public interface IRetainedUsageData
{
    /// <summary>Deletes what was recorded before <paramref name="cutoff"/>; returns how many records went.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
