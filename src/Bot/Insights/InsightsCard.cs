using System.Globalization;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Practice;

namespace CpcCoach.Bot.Insights;

/// <summary>The chat summary: last 7 and 30 days side by side, practice rubric means, and a button to the dashboard (Adaptive Card 1.5).</summary>
public static class InsightsCard
{
    internal const string Title = "Coaching insights";
    internal const string RubricHeading = "Practice rubric: mean score of 2 (learners)";
    internal const string NoPracticeText = "No practice session was scored in the last 30 days.";

    internal static string HiddenNote(int k) => $"Counts below {k} are hidden, with any count that would reveal them.";

    internal static string RubricNote(int k) => $"An item fewer than {k} learners were scored on shows as <{k}, as does one that would reveal such a group.";

    internal static string LostNote(long lost) => $"{lost} usage events could not be stored since the last restart; numbers may be low.";

    internal static string LinkTitle(TimeSpan linkLifetime) => $"Open dashboard (link valid {linkLifetime.TotalMinutes:0} min)";

    public static JsonObject Build(InsightsReport week, InsightsReport month, string dashboardUrl, TimeSpan linkLifetime)
    {
        var k = week.MinGroupSize;
        var body = new JsonArray
        {
            AdaptiveCards.Text(Title, size: "Large", weight: "Bolder", style: "heading"),
            AdaptiveCards.Text(HiddenNote(k), size: "Small", subtle: true),
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray { Column("Last 7 days", week), Column("Last 30 days", month) },
            },
        };
        AddPractice(body, week, month);
        if (month.LostEvents > 0)
        {
            body.Add(AdaptiveCards.Text(LostNote(month.LostEvents), size: "Small", style: "default"));
        }

        return AdaptiveCards.Card(body, [new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = LinkTitle(linkLifetime), ["url"] = dashboardUrl }]);
    }

    private static JsonObject Column(string title, InsightsReport r)
    {
        var facts = new JsonArray();
        foreach (var (name, value) in Facts(r))
        {
            facts.Add(Fact(name, value));
        }

        var items = new JsonArray { AdaptiveCards.Text(title, weight: "Bolder"), new JsonObject { ["type"] = "FactSet", ["facts"] = facts } };
        foreach (var (name, value) in Lists(r))
        {
            items.Add(AdaptiveCards.Text($"{name}: {value}", size: "Small"));
        }

        return new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = items };
    }

    /// <summary>The window's counts as shown, already suppressed: the card and the text version both read them from here.</summary>
    internal static IReadOnlyList<(string Title, string Value)> Facts(InsightsReport r)
    {
        var k = r.MinGroupSize;
        return
        [
            ("Turns", r.Turns.Display(k)),
            ("Users", r.Users.Display(k)),
            ("Flows started", r.FlowTotals.Started.Display(k)),
            ("Flows completed", r.FlowTotals.Completed.Display(k)),
            ("Practice sessions", r.PracticeSessions.Display(k)),
            ("Helpful", r.HelpfulRate is { } rate ? (rate * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "not enough ratings"),
        ];
    }

    /// <summary>The window's top lists, only of cells that are shown.</summary>
    internal static IReadOnlyList<(string Title, string Value)> Lists(InsightsReport r)
    {
        var k = r.MinGroupSize;
        return
        [
            ("Top frameworks", Top(r.Frameworks, k)),
            ("Roles", r.Roles is null ? "hidden (a role group is too small)" : Top(r.Roles, k)),
            ("Content gaps", Top(r.Gaps, k)),
        ];
    }

    /// <summary>
    /// Rubric means, one fact per item with both windows in its value. Hidden items read "&lt;k", never a number; there
    /// is no overall mean or total across items, so a hidden item cannot be worked out from the shown ones.
    /// </summary>
    private static void AddPractice(JsonArray body, InsightsReport week, InsightsReport month)
    {
        var k = week.MinGroupSize;
        body.Add(AdaptiveCards.Text(RubricHeading, weight: "Bolder"));
        if (week.NoPractice && month.NoPractice)
        {
            body.Add(AdaptiveCards.Text(NoPracticeText, size: "Small"));
            return;
        }

        var facts = new JsonArray();
        foreach (var (w, m) in week.Rubric.Zip(month.Rubric))
        {
            facts.Add(Fact(w.Title, $"7 days: {Score(w, k)}; 30 days: {Score(m, k)}"));
        }

        body.Add(AdaptiveCards.Text(RubricNote(k), size: "Small", subtle: true));
        body.Add(new JsonObject { ["type"] = "FactSet", ["id"] = "practice-rubric", ["facts"] = facts });
    }

    internal static string Score(RubricAggregate a, int k) =>
        a.Suppressed || a.MeanScore is null ? a.MeanDisplay(k) : $"{a.MeanDisplay(k)} ({a.LearnersDisplay(k)})";

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Top(IReadOnlyList<Cell> cells, int k)
    {
        var shown = cells.Where(c => !c.Count.Suppressed && c.Count.Value > 0).Take(5).Select(c => $"{c.Key} ({c.Count.Display(k)})").ToList();
        return shown.Count == 0 ? "none to show" : string.Join(", ", shown);
    }
}
