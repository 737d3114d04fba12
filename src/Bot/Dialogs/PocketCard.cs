using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Feedback;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Dialogs;

/// <summary>The plan as a compact card to glance at outside the room; "show my plan" sends it again.</summary>
internal static class PocketCard
{
    public static Activity Build(PocketPlan plan)
    {
        var body = new JsonArray
        {
            AdaptiveCards.Text("Pocket card", size: "Small", subtle: true),
            AdaptiveCards.Text(plan.Title, size: "Medium", weight: "Bolder", style: "heading"),
        };
        Section(body, "Talk map", plan.TalkMap, numbered: true);
        Section(body, "Say it like this", plan.Phrases.Select(p => $"\"{p}\""));
        Section(body, "When emotion comes up", plan.EmotionalMoments);
        Section(body, "Avoid", plan.Avoid);
        Section(body, "Close", [plan.Close]);
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

    private static void Section(JsonArray body, string heading, IEnumerable<string> items, bool numbered = false)
    {
        var lines = items.Where(i => !string.IsNullOrWhiteSpace(i)).Select((item, i) => numbered ? $"{i + 1}. {item}" : $"- {item}").ToList();
        if (lines.Count == 0)
        {
            return;
        }

        body.Add(AdaptiveCards.Text(heading, weight: "Bolder"));
        body.Add(AdaptiveCards.Text(string.Join("\n", lines)));
    }
}
