using System.Globalization;
using System.Text;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// The report as CSV (section, key, count): the same suppressed numbers as the page, "&lt;k" where hidden. Practice
/// rubric rows carry learners and the mean score (0 to 2) per item in the count column.
/// </summary>
public static class CsvExport
{
    public static string Write(InsightsReport r)
    {
        var k = r.MinGroupSize;
        var csv = new StringBuilder("section,key,count\r\n");
        void Line(string section, string key, Count count) => csv.Append(CultureInfo.InvariantCulture, $"{section},{Field(key)},{count.Display(k)}\r\n");

        Line("window", $"{r.From:yyyy-MM-dd}/{r.To:yyyy-MM-dd}", new Count(r.Days, false));
        Line("total", "turns", r.Turns);
        Line("total", "users", r.Users);
        foreach (var c in r.ByDay) Line("day", c.Key, c.Count);
        foreach (var c in r.Frameworks) Line("framework", c.Key, c.Count);
        foreach (var c in r.Roles ?? []) Line("role", c.Key, c.Count);
        foreach (var f in r.Flows.Append(r.FlowTotals))
        {
            Line("flow_started", f.Flow, f.Started);
            Line("flow_completed", f.Flow, f.Completed);
            Line("flow_abandoned", f.Flow, f.Abandoned);
        }

        Line("practice", "sessions_completed", r.PracticeSessions);
        foreach (var a in r.Rubric)
        {
            // A mean is not a count, but it is hidden the same way; an item nobody was scored on has an empty mean.
            csv.Append(CultureInfo.InvariantCulture, $"practice_learners,{Field(a.Item)},{a.LearnersDisplay(k)}\r\n");
            csv.Append(CultureInfo.InvariantCulture, $"practice_mean,{Field(a.Item)},{(a.Learners == 0 ? string.Empty : a.MeanDisplay(k))}\r\n");
        }

        Line("rating", "helpful", r.Helpful);
        Line("rating", "unhelpful", r.Unhelpful);
        Line("rating", "rated", r.Rated);
        foreach (var c in r.Gaps) Line("gap", c.Key, c.Count);
        Line("lost_events", "since_restart", new Count((int)Math.Min(int.MaxValue, r.LostEvents), false));
        return csv.ToString();
    }

    // Keys are sanitized already; quoting still guards against a comma, and a leading =+-@ is neutralised so a
    // spreadsheet never runs a formula from the data.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.Contains(',', StringComparison.Ordinal) || safe.Contains('"', StringComparison.Ordinal) ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
