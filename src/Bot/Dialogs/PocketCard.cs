using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Feedback;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The plan as a compact card to glance at outside the room; "show my plan" sends it again. With <c>cards</c> false
/// (a channel without Adaptive Cards) the same sections as Markdown text.
/// </summary>
internal static class PocketCard
{
    public static Activity Build(PocketPlan plan, bool cards)
    {
        if (!cards)
        {
            return FeedbackLoop.Enable(Text(plan));
        }

        var body = new JsonArray
        {
            AdaptiveCards.Text("Pocket card", size: "Small", subtle: true),
            AdaptiveCards.Text(plan.Title, size: "Medium", weight: "Bolder", style: "heading"),
        };
        foreach (var (heading, items, numbered) in Sections(plan))
        {
            Section(body, heading, items, numbered);
        }

        if (plan.Sources.Count > 0)
        {
            body.Add(AdaptiveCards.Text("Drawn from: " + string.Join("; ", plan.Sources), size: "Small", subtle: true));
        }

        var activity = ActivityFactory.Message(null, [AdaptiveCards.Attachment(AdaptiveCards.Card(body))]) with
        {
            Summary = plan.Title,
        };
        return FeedbackLoop.Enable(activity);
    }

    private static Activity Text(PocketPlan plan)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**Pocket card: {plan.Title}**\n");
        foreach (var (heading, items, numbered) in Sections(plan))
        {
            if (Lines(items, numbered) is { Count: > 0 } lines)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n**{heading}**\n").AppendJoin('\n', lines).Append('\n');
            }
        }

        if (plan.Sources.Count > 0)
        {
            text.Append("\nDrawn from: ").AppendJoin("; ", plan.Sources);
        }

        return ActivityFactory.Message(text.ToString().Trim()) with { TextFormat = "markdown", Summary = plan.Title };
    }

    private static IEnumerable<(string Heading, IEnumerable<string> Items, bool Numbered)> Sections(PocketPlan plan) =>
    [
        ("Talk map", plan.TalkMap, true),
        ("Say it like this", plan.Phrases.Select(p => $"\"{p}\""), false),
        ("When emotion comes up", plan.EmotionalMoments, false),
        ("Avoid", plan.Avoid, false),
        ("Close", [plan.Close], false),
    ];

    private static List<string> Lines(IEnumerable<string> items, bool numbered) =>
        [.. items.Where(i => !string.IsNullOrWhiteSpace(i)).Select((item, i) => numbered ? $"{i + 1}. {item}" : $"- {item}")];

    private static void Section(JsonArray body, string heading, IEnumerable<string> items, bool numbered = false)
    {
        var lines = Lines(items, numbered);
        if (lines.Count == 0)
        {
            return;
        }

        body.Add(AdaptiveCards.Text(heading, weight: "Bolder"));
        body.Add(AdaptiveCards.Text(string.Join("\n", lines)));
    }
}
