using System.Globalization;
using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Insights;

/// <summary>
/// Counts coaching turns in a window and suppresses small groups (<see cref="SuppressionTable"/>). Only
/// <see cref="UsageKinds.Turn"/> events count; looking at insights is not coaching.
/// </summary>
public static class ReportBuilder
{
    public const string NoRole = "not given";

    public static InsightsReport Build(IEnumerable<UsageEvent> events, DateTimeOffset from, DateTimeOffset to, int k, long lostEvents)
    {
        var turns = events.Where(e => e.Kind == UsageKinds.Turn && e.Hour >= from && e.Hour < to).ToList();
        var table = new SuppressionTable(k);
        var total = Add(table, turns);
        var users = table.Add(Users(turns), Users(turns));

        var days = Enumerable.Range(0, Math.Max(1, (int)Math.Ceiling((to - from).TotalDays)))
            .Select(d => from.UtcDateTime.Date.AddDays(d))
            .Select(day => (Key: day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Index: Add(table, turns.Where(e => e.Hour.UtcDateTime.Date == day))))
            .ToList();
        table.Line(days.Select(d => d.Index), total);

        // A turn can touch several frameworks, so framework cells do not add up to any shown total.
        var frameworks = Group(table, turns, e => e.Frameworks);

        var roleGroups = turns.GroupBy(e => e.Role ?? NoRole).ToList();
        var showRoles = roleGroups.Where(g => g.Key != NoRole).All(g => Users(g) >= k);
        var roles = showRoles ? roleGroups.Select(g => (g.Key, Index: Add(table, g))).ToList() : null;
        if (roles is not null)
        {
            table.Line(roles.Select(r => r.Index), total);
        }

        var flowIds = turns.Where(e => e.Flow is not null && e.FlowEvent is not null).Select(e => e.Flow!).Distinct().Order(StringComparer.Ordinal).ToList();
        int FlowCount(IEnumerable<UsageEvent> source, string flowEvent) => Add(table, source.Where(e => e.FlowEvent == flowEvent));
        var flowRows = flowIds.Select(id =>
        {
            var ofFlow = turns.Where(e => e.Flow == id).ToList();
            return (Id: id, Started: FlowCount(ofFlow, "started"), Completed: FlowCount(ofFlow, "completed"), Abandoned: FlowCount(ofFlow, "abandoned"));
        }).ToList();
        var flowTotals = (Id: "all", Started: FlowCount(turns, "started"), Completed: FlowCount(turns, "completed"), Abandoned: FlowCount(turns, "abandoned"));
        foreach (var row in flowRows)
        {
            // Ended flows never outnumber started ones, so completed + abandoned is read against started.
            table.Line([row.Completed, row.Abandoned], row.Started);
        }

        table.Line([flowTotals.Completed, flowTotals.Abandoned], flowTotals.Started);
        table.Line(flowRows.Select(r => r.Started), flowTotals.Started);
        table.Line(flowRows.Select(r => r.Completed), flowTotals.Completed);
        table.Line(flowRows.Select(r => r.Abandoned), flowTotals.Abandoned);

        // Completed practice sessions are the practice flows' completions, on a line of their own: otherwise this total
        // minus the practice rows shown in the flow table would give away a hidden one.
        var practiceRows = flowRows.Where(r => IsPractice(r.Id)).ToList();
        var practice = FlowCount(turns.Where(e => e.Flow is { } flow && IsPractice(flow)), "completed");
        if (practiceRows.Count > 0)
        {
            table.Line(practiceRows.Select(r => r.Completed), practice);
        }

        var helpful = Add(table, turns.Where(e => e.Rating == "helpful"));
        var unhelpful = Add(table, turns.Where(e => e.Rating == "unhelpful"));
        var rated = Add(table, turns.Where(e => e.Rating is not null));
        table.Line([helpful, unhelpful], rated);

        var gaps = Group(table, turns.Where(e => e.Unanswered), e => e.GapTerms);
        table.Apply();

        Cell CellOf((string Key, int Index) c) => new(c.Key, table[c.Index]);
        FlowRow RowOf((string Id, int Started, int Completed, int Abandoned) r) => new(r.Id, table[r.Started], table[r.Completed], table[r.Abandoned]);
        return new InsightsReport(
            from, to, k, table[total], table[users],
            [.. days.Select(CellOf)],
            [.. frameworks.Select(CellOf).OrderByDescending(c => c.Count.Value)],
            roles?.Select(CellOf).OrderByDescending(c => c.Count.Value).ToList(),
            [.. flowRows.Select(RowOf)],
            RowOf(flowTotals),
            table[practice],
            table[helpful], table[unhelpful], table[rated],
            // A rare topic term could itself point at someone: hidden terms are left out, not shown as "<k".
            [.. gaps.Select(CellOf).Where(c => !c.Count.Suppressed).OrderByDescending(c => c.Count.Value)],
            lostEvents);
    }

    private static bool IsPractice(string flow) => flow.StartsWith(PracticeEngine.FlowPrefix, StringComparison.Ordinal);

    private static int Add(SuppressionTable table, IEnumerable<UsageEvent> events)
    {
        var list = events as IReadOnlyCollection<UsageEvent> ?? events.ToList();
        return table.Add(list.Count, Users(list));
    }

    private static List<(string Key, int Index)> Group(SuppressionTable table, IEnumerable<UsageEvent> events, Func<UsageEvent, IReadOnlyList<string>> keys) =>
        events.SelectMany(e => keys(e).Distinct().Select(key => (Key: key, Event: e)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Add(table, g.Select(x => x.Event))))
            .ToList();

    private static int Users(IEnumerable<UsageEvent> events) => events.Select(e => e.Pseudonym).Distinct(StringComparer.Ordinal).Count();
}
