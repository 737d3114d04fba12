using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// Educators' view of practice: per rubric item, how many learners and their mean score, and nothing for an item
/// fewer than <c>minGroupSize</c> distinct learners were scored on (k-suppression). Insights calls this.
/// </summary>
public sealed class PracticeInsights(PracticeStore store)
{
    public async Task<IReadOnlyList<RubricAggregate>> AggregateAsync(int minGroupSize, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var ledger = await store.LoadLedgerAsync(cancellationToken).ConfigureAwait(false);
        var rows = ledger.Rows.Where(r => r.Hour >= from && r.Hour < to).ToList();
        var result = new List<RubricAggregate>();
        foreach (var (item, key, title) in RubricItems.All.Where(a => !a.Item.IsQualitative()))
        {
            var scored = rows.Where(r => r.Items.ContainsKey(key)).ToList();
            var learners = scored.Select(r => r.Pseudonym).Distinct(StringComparer.Ordinal).Count();
            result.Add(learners < minGroupSize
                ? new RubricAggregate(key, title, null, null, null)
                : new RubricAggregate(key, title, learners, scored.Count, Math.Round(scored.Average(r => r.Items[key]), 2)));
        }

        return result;
    }
}

/// <summary>One rubric item across learners; the numbers are null when suppressed (too few learners).</summary>
public sealed record RubricAggregate(string Item, string Title, int? Learners, int? Results, double? MeanScore);
