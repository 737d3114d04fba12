using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Reads a window of events from the store, and the practice ledger, and builds suppressed reports. Windows end at the
/// next UTC midnight.
/// </summary>
public sealed class InsightsReports(IUsageStore store, UsageQueue queue, PracticeInsights practice, IOptionsMonitor<InsightsOptions> options, TimeProvider time)
{
    public static readonly int[] Windows = [7, 30, 90];

    /// <summary>One report per requested window length, from a single read of the longest.</summary>
    public async Task<IReadOnlyList<InsightsReport>> BuildAsync(IReadOnlyList<int> days, CancellationToken cancellationToken)
    {
        var to = new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var events = await store.ReadAsync(to.AddDays(-days.Max()), to, cancellationToken).ConfigureAwait(false);
        var k = options.CurrentValue.MinGroupSize;
        // Rubric means are judged against every window an educator can open, not only the ones asked for, so the card
        // and the dashboard show the same numbers for the same window (see PracticeInsights).
        var rubric = await practice.AggregateAsync(k, to, [.. Windows.Union(days)], cancellationToken).ConfigureAwait(false);
        return [.. days.Select(d => ReportBuilder.Build(events, to.AddDays(-d), to, k, queue.Lost) with { Rubric = rubric[d] })];
    }
}
