using System.Globalization;
using System.Text;
using static CpcCoach.Bot.Insights.SvgCharts;

namespace CpcCoach.Bot.Insights;

/// <summary>The /insights page: one self-contained HTML document, charts as inline SVG, numbers in tables too.</summary>
public static class DashboardPage
{
    private const string Style = """
        body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:960px;padding:0 1rem;color:#1b1b1b}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
        nav a{margin-right:1rem}.note{color:#555;font-size:.9rem}.warn{background:#fff4ce;padding:.5rem;border-radius:4px}
        .summary{display:flex;gap:2rem}.summary div{background:#f3f2f1;padding:.8rem 1.2rem;border-radius:6px}
        .summary strong{display:block;font-size:1.5rem}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .chart .bar{fill:#4f6bed}.chart .hidden{fill:none;stroke:#888;stroke-dasharray:3 2}
        .chart .label,.chart .value,.chart .tick{font-size:12px;fill:#1b1b1b}.chart .axis{stroke:#888}
        """;

    public static string Render(InsightsReport r, string credentialQuery)
    {
        var k = r.MinGroupSize;
        var q = credentialQuery.Length > 0 ? "&" + credentialQuery : string.Empty;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>CPC Coach insights</title><style>{Style}</style></head><body><main>
            <h1>CPC Coach insights: last {r.Days} days</h1>
            <p class="note">{r.From:yyyy-MM-dd} to {r.To.AddDays(-1):yyyy-MM-dd} (UTC). Counts below {k}, and any count that would reveal one, are shown as &lt;{k}. No text that anyone wrote is stored.</p>
            <nav aria-label="Time window">
            """);
        foreach (var days in InsightsReports.Windows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"/insights?days={days}{q}\"{(days == r.Days ? " aria-current=\"page\"" : string.Empty)}>Last {days} days</a>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<a href=\"/insights/export.csv?days={r.Days}{q}\" id=\"csv\">Download CSV</a></nav>");
        if (r.LostEvents > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\" id=\"lost\">{r.LostEvents} usage events could not be stored since the last restart; the numbers may be low.</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"""
            <section class="summary" aria-label="Summary"><div>Turns<strong id="turns">{r.Turns.Display(k)}</strong></div>
            <div>Users<strong>{r.Users.Display(k)}</strong></div><div>Helpful<strong>{Rate(r)}</strong></div></section>
            """);

        Section(html, "Use over time", Columns("chart-days", "Coaching turns per day", r.ByDay, k), Table(["Day", "Turns"], r.ByDay.Select(c => Row(c.Key, c.Count, k))));
        Section(html, "By framework", Bars("chart-frameworks", "Turns by framework", [.. r.Frameworks.Select(c => (c.Key, c.Count))], k), Table(["Framework", "Turns"], r.Frameworks.Select(c => Row(c.Key, c.Count, k))));
        if (r.Roles is { } roles)
        {
            Section(html, "By role", Bars("chart-roles", "Turns by role", [.. roles.Select(c => (c.Key, c.Count))], k), Table(["Role", "Turns"], roles.Select(c => Row(c.Key, c.Count, k))));
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>By role</h2><p class=\"note\">Hidden: at least one role has fewer than {k} users in this window.</p>");
        }

        var flowBars = new List<(string, Count)> { ("started", r.FlowTotals.Started), ("completed", r.FlowTotals.Completed), ("abandoned", r.FlowTotals.Abandoned) };
        Section(html, "Flow completion", Bars("chart-flows", "Guided flows started, completed and abandoned", flowBars, k),
            Table(["Flow", "Started", "Completed", "Abandoned"], r.Flows.Append(r.FlowTotals).Select(f =>
                $"<tr><td>{Esc(f.Flow)}</td><td class=\"n\">{f.Started.Display(k)}</td><td class=\"n\">{f.Completed.Display(k)}</td><td class=\"n\">{f.Abandoned.Display(k)}</td></tr>")));
        Practice(html, r);
        Section(html, "Helpfulness", Bars("chart-helpful", "Answers rated helpful and unhelpful", [("helpful", r.Helpful), ("unhelpful", r.Unhelpful)], k),
            $"<p>Rated answers: {Esc(r.Rated.Display(k))}. Helpful: {Rate(r)}.</p>");

        html.Append("<h2>Content gaps</h2><p class=\"note\">Topics of questions the knowledge base could not answer (terms only, checked for identifiers; rare terms are left out).</p>");
        html.Append(r.Gaps.Count == 0
            ? "<p id=\"gaps-empty\">No content gap reached the group size in this window.</p>"
            : Table(["Topic", "Questions"], r.Gaps.Select(c => Row(c.Key, c.Count, k)), "gaps"));
        return html.Append("</main></body></html>").ToString();
    }

    /// <summary>
    /// Completed sessions and rubric means. Hidden items read "&lt;k" in the table and are an outlined stub in the chart;
    /// no row adds the items up, so a hidden one cannot be worked out from the others (see PracticeInsights).
    /// </summary>
    private static void Practice(StringBuilder html, InsightsReport r)
    {
        var k = r.MinGroupSize;
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>Practice</h2><p>Practice sessions completed: <strong id="practice-sessions">{Esc(r.PracticeSessions.Display(k))}</strong>.</p>
            <p class="note">Mean rubric score per item, 0 to 2 (formative, scored by the coach from what learners typed). An item fewer than {k} learners
            were scored on shows as &lt;{k}, and so does one that would reveal such a group next to a longer window.</p>
            """);
        if (r.NoPractice)
        {
            html.Append("<p id=\"practice-empty\">No practice session was scored in this window.</p>");
            return;
        }

        var chart = Scores("chart-practice", "Mean practice rubric score by item, 0 to 2",
            [.. r.Rubric.Select(a => (a.Item.Replace('_', ' '), a.Suppressed ? (double?)null : a.MeanScore ?? 0, a.MeanDisplay(k)))], 2);
        var table = Table(["Item", "Learners", "Mean score (0-2)"], r.Rubric.Select(a =>
            $"<tr><td>{Esc(a.Title)}</td><td class=\"n\">{Esc(a.LearnersDisplay(k))}</td><td class=\"n\">{Esc(a.MeanDisplay(k))}</td></tr>"), "practice-rubric");
        html.Append(CultureInfo.InvariantCulture, $"<figure>{chart}</figure><details><summary>Numbers</summary>{table}</details>");
    }

    private static string Rate(InsightsReport r) => r.HelpfulRate is { } rate ? (rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "not enough ratings";

    private static void Section(StringBuilder html, string title, string chart, string table) =>
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Esc(title)}</h2><figure>{chart}</figure><details><summary>Numbers</summary>{table}</details>");

    private static string Row(string key, Count count, int k) => $"<tr><td>{Esc(key)}</td><td class=\"n\">{Esc(count.Display(k))}</td></tr>";

    private static string Table(string[] headers, IEnumerable<string> rows, string? id = null) =>
        $"<table{(id is null ? string.Empty : $" id=\"{id}\"")}><thead><tr>{string.Concat(headers.Select(h => $"<th scope=\"col\">{Esc(h)}</th>"))}</tr></thead><tbody>{string.Concat(rows)}</tbody></table>";
}
