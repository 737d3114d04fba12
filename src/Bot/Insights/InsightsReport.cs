using CpcCoach.Bot.Practice;

namespace CpcCoach.Bot.Insights;

/// <summary>A count as shown: its value, or hidden because the group is too small (or would reveal one that is).</summary>
public sealed record Count(int Value, bool Suppressed)
{
    public string Display(int minGroupSize) => Suppressed ? $"<{minGroupSize}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record Cell(string Key, Count Count);

public sealed record FlowRow(string Flow, Count Started, Count Completed, Count Abandoned);

/// <summary>
/// Aggregates for one window, already suppressed: nothing in here can single out a group smaller than
/// <see cref="MinGroupSize"/>. Roles is null when some role group has too few users to show roles at all.
/// PracticeSessions counts completed practice flows, suppressed by distinct learners like every other count.
/// </summary>
public sealed record InsightsReport(
    DateTimeOffset From,
    DateTimeOffset To,
    int MinGroupSize,
    Count Turns,
    Count Users,
    IReadOnlyList<Cell> ByDay,
    IReadOnlyList<Cell> Frameworks,
    IReadOnlyList<Cell>? Roles,
    IReadOnlyList<FlowRow> Flows,
    FlowRow FlowTotals,
    Count PracticeSessions,
    Count Helpful,
    Count Unhelpful,
    Count Rated,
    IReadOnlyList<Cell> Gaps,
    long LostEvents)
{
    public int Days => (int)Math.Round((To - From).TotalDays);

    /// <summary>Practice rubric means from the practice ledger, suppressed by <see cref="PracticeInsights"/>; set by <see cref="InsightsReports"/>.</summary>
    public IReadOnlyList<RubricAggregate> Rubric { get; init; } = [];

    /// <summary>True when no learner was scored on any rubric item in the window (so there is nothing to show or hide).</summary>
    public bool NoPractice => Rubric.All(a => a.Learners == 0);

    /// <summary>Helpful share of rated answers, only when both parts are shown (else it would reveal a hidden one).</summary>
    public double? HelpfulRate => !Helpful.Suppressed && !Unhelpful.Suppressed && Helpful.Value + Unhelpful.Value > 0
        ? (double)Helpful.Value / (Helpful.Value + Unhelpful.Value)
        : null;
}
