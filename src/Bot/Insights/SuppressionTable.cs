namespace CpcCoach.Bot.Insights;

/// <summary>
/// Small-cell suppression for one report. Primary: a non-zero count from fewer than k events or k distinct users is
/// hidden. Complementary: every line (cells that add up to a shown total, plus that total) must hide either
/// nothing or at least two entries, otherwise the hidden one is the total minus the rest. Lines are re-checked
/// until none has exactly one hidden entry; a total is hidden only when no cell is left to hide instead.
/// </summary>
public sealed class SuppressionTable(int minGroupSize)
{
    private readonly List<Entry> _entries = [];
    private readonly List<(int[] Cells, int Total)> _lines = [];

    /// <summary>Adds a count; <paramref name="users"/> is how many distinct users it covers.</summary>
    public int Add(int value, int users)
    {
        var hidden = value > 0 && (value < minGroupSize || users < minGroupSize);
        _entries.Add(new Entry(value, hidden));
        return _entries.Count - 1;
    }

    /// <summary>Declares that <paramref name="cells"/> add up to <paramref name="total"/> (and both are shown).</summary>
    public void Line(IEnumerable<int> cells, int total) => _lines.Add(([.. cells], total));

    public Count this[int index] => new(_entries[index].Value, _entries[index].Hidden);

    public void Apply()
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var (cells, total) in _lines)
            {
                var hidden = cells.Count(i => _entries[i].Hidden) + (_entries[total].Hidden ? 1 : 0);
                if (hidden != 1)
                {
                    continue;
                }

                // Hide the smallest shown cell: it costs the reader the least information.
                var candidate = cells.Where(i => !_entries[i].Hidden).OrderBy(i => _entries[i].Value).Cast<int?>().FirstOrDefault() ?? total;
                _entries[candidate] = _entries[candidate] with { Hidden = true };
                changed = true;
            }
        }
        while (changed);
    }

    private sealed record Entry(int Value, bool Hidden);
}
