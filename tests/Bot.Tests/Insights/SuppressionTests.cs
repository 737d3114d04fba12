using CpcCoach.Bot.Insights;
using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Tests.Insights;

/// <summary>Small groups stay hidden, including counts that could be worked out by subtraction.</summary>
public sealed class SuppressionTests
{
    private static readonly DateTimeOffset From = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SmallCell_IsHidden_AndSoIsASecondCell_SoTheTotalCannotRevealIt()
    {
        var table = new SuppressionTable(5);
        var big = table.Add(17, 17);
        var small = table.Add(3, 3);
        var total = table.Add(20, 20);
        table.Line([big, small], total);

        table.Apply();

        Assert.True(table[small].Suppressed);
        // The subtraction case: with 20 and 17 shown, 3 would be 20 - 17.
        Assert.True(table[big].Suppressed || table[total].Suppressed);
    }

    [Fact]
    public void EveryLine_HidesNoneOrAtLeastTwo_AcrossRowsAndColumns()
    {
        var table = new SuppressionTable(5);
        int[,] values = { { 40, 2, 30 }, { 25, 12, 9 } };
        var cells = new int[2, 3];
        for (var r = 0; r < 2; r++) for (var c = 0; c < 3; c++) cells[r, c] = table.Add(values[r, c], values[r, c]);
        var rowTotals = Enumerable.Range(0, 2).Select(r => table.Add(Enumerable.Range(0, 3).Sum(c => values[r, c]), 100)).ToArray();
        var colTotals = Enumerable.Range(0, 3).Select(c => table.Add(values[0, c] + values[1, c], 100)).ToArray();
        var lines = new List<int[]>();
        for (var r = 0; r < 2; r++) { int[] line = [cells[r, 0], cells[r, 1], cells[r, 2]]; table.Line(line, rowTotals[r]); lines.Add([.. line, rowTotals[r]]); }
        for (var c = 0; c < 3; c++) { int[] line = [cells[0, c], cells[1, c]]; table.Line(line, colTotals[c]); lines.Add([.. line, colTotals[c]]); }

        table.Apply();

        Assert.True(table[cells[0, 1]].Suppressed);
        Assert.All(lines, line => Assert.NotEqual(1, line.Count(i => table[i].Suppressed)));
    }

    [Fact]
    public void ManyEventsFromFewUsers_AreStillASmallGroup()
    {
        var events = Enumerable.Range(0, 30).Select(i => Turn($"user-{i % 2}", frameworks: ["spikes"])).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        Assert.True(report.Users.Suppressed);
        Assert.True(Assert.Single(report.Frameworks).Count.Suppressed);
        Assert.Equal("<5", report.Users.Display(5));
    }

    [Fact]
    public void Roles_AreShownOnlyWhenEveryRoleHasKUsers()
    {
        var enough = Enumerable.Range(0, 6).SelectMany(i => new[] { Turn($"n{i}", role: "nurse"), Turn($"p{i}", role: "physician") }).ToList();
        var oneChaplain = enough.Append(Turn("c0", role: "chaplain")).ToList();

        var shown = ReportBuilder.Build(enough, From, From.AddDays(7), 5, 0);
        var hidden = ReportBuilder.Build(oneChaplain, From, From.AddDays(7), 5, 0);

        Assert.Equal(["nurse", "physician"], shown.Roles!.Select(r => r.Key).Order());
        Assert.Null(hidden.Roles);
    }

    [Fact]
    public void Helpfulness_OneSmallSide_HidesTheOtherSideAndTheRate()
    {
        var events = Enumerable.Range(0, 12).Select(i => Turn($"u{i}", rating: "helpful"))
            .Concat(Enumerable.Range(0, 2).Select(i => Turn($"v{i}", rating: "unhelpful"))).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        Assert.True(report.Unhelpful.Suppressed);
        Assert.True(report.Helpful.Suppressed || report.Rated.Suppressed);
        Assert.Null(report.HelpfulRate);
    }

    [Fact]
    public void RareGapTerms_AreLeftOut_AndCommonOnesShown()
    {
        var events = Enumerable.Range(0, 6).Select(i => Turn($"u{i}", gaps: ["organ donation"]))
            .Append(Turn("x", gaps: ["rare topic"])).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        Assert.Equal(["organ donation"], report.Gaps.Select(g => g.Key));
    }

    [Fact]
    public void DaySeries_WithOneQuietDay_HidesAnotherDay()
    {
        var events = Enumerable.Range(0, 20).Select(i => Turn($"u{i}") with { Hour = From.AddHours(1) })
            .Concat(Enumerable.Range(0, 2).Select(i => Turn($"w{i}") with { Hour = From.AddDays(1) })).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        Assert.True(report.ByDay[1].Count.Suppressed);
        Assert.True(report.ByDay.Count(d => d.Count.Suppressed) >= 2 || report.Turns.Suppressed);
    }

    [Fact]
    public void PracticeSessions_AreThePracticeFlowsCompletions_AndCannotGiveAwayAHiddenScenario()
    {
        Func<string, UsageEvent> Completed(string scenario) => user => Turn(user) with { Flow = "practice." + scenario, FlowEvent = "completed" };
        var events = Enumerable.Range(0, 7).Select(i => $"a{i}").Select(Completed("do_everything"))
            .Concat(Enumerable.Range(0, 2).Select(i => $"b{i}").Select(Completed("nurse_bedside_dying")))
            .Append(Turn("a0") with { Flow = "prepare", FlowEvent = "completed" }).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        var practiceRows = report.Flows.Where(f => f.Flow.StartsWith("practice.", StringComparison.Ordinal)).Select(f => f.Completed).ToList();
        Assert.Equal(9, report.PracticeSessions.Value);
        Assert.True(Assert.Single(report.Flows, f => f.Flow == "practice.nurse_bedside_dying").Completed.Suppressed);
        // With 9 sessions and 7 of one scenario both shown, the hidden 2 would be 9 - 7.
        Assert.NotEqual(1, practiceRows.Append(report.PracticeSessions).Count(c => c.Suppressed));
    }

    [Fact]
    public void PracticeSessions_FromFewerThanKLearners_AreHidden_HoweverManySessions()
    {
        var events = Enumerable.Range(0, 12).Select(i => Turn($"u{i % 2}") with { Flow = "practice.do_everything", FlowEvent = "completed" }).ToList();

        var report = ReportBuilder.Build(events, From, From.AddDays(7), 5, 0);

        Assert.True(report.PracticeSessions.Suppressed);
        Assert.Equal("<5", report.PracticeSessions.Display(5));
    }

    internal static UsageEvent Turn(string user, string[]? frameworks = null, string? role = null, string? rating = null, string[]? gaps = null) => new()
    {
        Hour = From.AddHours(2),
        Kind = UsageKinds.Turn,
        Pseudonym = user,
        Channel = "msteams",
        Frameworks = frameworks ?? [],
        Role = role,
        Rating = rating,
        Unanswered = gaps is not null,
        GapTerms = gaps ?? [],
    };
}
