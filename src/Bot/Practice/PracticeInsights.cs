using System.Globalization;
using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// Educators' view of practice: per numeric rubric item and window, how many distinct learners were scored on it and
/// their mean score. Insights asks for every window an educator can open (7, 30 and 90 days, all ending at the same
/// midnight) in one call, because the rule that hides small groups looks at them together:
/// <list type="number">
/// <item>An item is hidden in a window when fewer than k distinct learners were scored on it there.</item>
/// <item>Windows that end together differ by a slice of older rows, and the card shows 7 and 30 days side by side:
/// from two means and two learner counts the slice's mean can be worked out. So an item is also hidden in a window
/// when a longer window that shows it adds rows from 1 to k-1 learners (longer windows are decided first and kept).</item>
/// <item>Nothing is published across items (no overall mean, no total of scored results), so a hidden item is never
/// part of a shown total that the shown items could be subtracted from. Nor is an item's count of scored results: for
/// an item every scenario scores it equals the number of sessions, which the usage report may hide to protect a flow
/// row. Completed sessions are counted from the usage flows, inside their suppression table (ReportBuilder).</item>
/// </list>
/// Not covered: the same window on different days (yesterday's 30 days against today's) differs by a day at each end;
/// exact aggregates cannot rule that out without adding noise. Rows are kept to the hour and windows move by whole days.
/// </summary>
public sealed class PracticeInsights(PracticeStore store)
{
    /// <summary>For each window length in days (every window ending at <paramref name="to"/>), the numeric rubric items in rubric order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<RubricAggregate>>> AggregateAsync(
        int minGroupSize, DateTimeOffset to, IReadOnlyCollection<int> windowDays, CancellationToken cancellationToken)
    {
        var ledger = await store.LoadLedgerAsync(cancellationToken).ConfigureAwait(false);
        var longestFirst = windowDays.Distinct().OrderDescending().ToList();
        var result = longestFirst.ToDictionary(d => d, _ => new List<RubricAggregate>());
        bool Safe(int learners) => learners == 0 || learners >= minGroupSize;

        foreach (var (_, key, title) in RubricItems.All.Where(a => !a.Item.IsQualitative()))
        {
            var scored = ledger.Rows.Where(r => r.Hour < to && r.Items.ContainsKey(key)).ToList();
            var shownFrom = new List<DateTimeOffset>();
            foreach (var days in longestFirst)
            {
                var from = to.AddDays(-days);
                var rows = scored.Where(r => r.Hour >= from).ToList();
                var learners = Learners(rows);
                if (learners == 0)
                {
                    result[days].Add(new RubricAggregate(key, title, 0, null));
                }
                else if (learners >= minGroupSize && shownFrom.All(longer => Safe(Learners(scored.Where(r => r.Hour >= longer && r.Hour < from)))))
                {
                    shownFrom.Add(from);
                    result[days].Add(new RubricAggregate(key, title, learners, Math.Round(rows.Average(r => r.Items[key]), 2)));
                }
                else
                {
                    result[days].Add(new RubricAggregate(key, title, null, null));
                }
            }
        }

        return result.ToDictionary(w => w.Key, w => (IReadOnlyList<RubricAggregate>)w.Value);
    }

    private static int Learners(IEnumerable<LedgerRow> rows) => rows.Select(r => r.Pseudonym).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>
/// One rubric item across learners in a window. Hidden (too small a group, see <see cref="PracticeInsights"/>):
/// <see cref="Learners"/> and <see cref="MeanScore"/> are null. Nobody scored on it: learners 0, no mean.
/// </summary>
public sealed record RubricAggregate(string Item, string Title, int? Learners, double? MeanScore)
{
    public bool Suppressed => Learners is null;

    /// <summary>The mean as shown: "&lt;k" when hidden, "none" when nobody was scored on it.</summary>
    public string MeanDisplay(int minGroupSize) =>
        Suppressed ? $"<{minGroupSize}" : MeanScore is { } mean ? mean.ToString("0.00", CultureInfo.InvariantCulture) : "none";

    public string LearnersDisplay(int minGroupSize) => Suppressed ? $"<{minGroupSize}" : Learners!.Value.ToString(CultureInfo.InvariantCulture);
}
