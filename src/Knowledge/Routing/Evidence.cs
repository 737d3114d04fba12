namespace CpcCoach.Knowledge.Routing;

/// <summary>Scores per key with the reasons behind them; the reasons become the route's explanation.</summary>
internal sealed class Evidence
{
    private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);

    public List<string> Reasons { get; } = [];

    public void Add(string key, double weight, string reason)
    {
        _scores[key] = _scores.GetValueOrDefault(key) + weight;
        Reasons.Add($"{reason} => {key} +{weight:0.##}");
    }

    public double this[string key] => _scores.GetValueOrDefault(key);

    /// <summary>Keys by score, best first; ties keep <paramref name="order"/> (earlier wins).</summary>
    public List<(string Key, double Score)> Ranked(IReadOnlyList<string> order) =>
        [.. _scores.Where(s => s.Value > 0)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => IndexOf(order, s.Key))
            .Select(s => (s.Key, s.Value))];

    private static int IndexOf(IReadOnlyList<string> order, string key)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == key)
            {
                return i;
            }
        }

        return order.Count;
    }
}
