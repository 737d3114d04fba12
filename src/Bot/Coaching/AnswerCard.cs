using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Knowledge.Answers;

namespace CpcCoach.Bot.Coaching;

/// <summary>An answer as an Adaptive Card 1.5: tip, things to say, what to avoid, the source, and follow-up buttons.</summary>
internal static class AnswerCard
{
    public static JsonObject Build(Answer answer)
    {
        // Notices (crisis resources, a decline) go out as their own messages first, so they are never below the fold.
        var body = new JsonArray();
        if (answer.Title.Length > 0)
        {
            body.Add(AdaptiveCards.Text(answer.Title, size: "Medium", weight: "Bolder", style: "heading"));
        }

        if (answer.Tip.Length > 0)
        {
            body.Add(AdaptiveCards.Text($"**Tip:** {answer.Tip}"));
        }

        if (answer.Steps.Count > 0)
        {
            body.Add(AdaptiveCards.Text("The map", weight: "Bolder"));
            for (var i = 0; i < answer.Steps.Count; i++)
            {
                body.Add(AdaptiveCards.Text($"{i + 1}. **{answer.Steps[i].Name}:** {answer.Steps[i].Text}"));
            }
        }

        if (answer.Say.Count > 0)
        {
            body.Add(AdaptiveCards.Text("Things to say", weight: "Bolder"));
            var phrases = new JsonArray([.. answer.Say.Select(p => (JsonNode)AdaptiveCards.Text($"“{p}”"))]);
            body.Add(new JsonObject { ["type"] = "Container", ["style"] = "emphasis", ["items"] = phrases });
        }

        if (answer.Avoid is { } avoid)
        {
            body.Add(AdaptiveCards.Text($"**Avoid:** {avoid}"));
        }

        if (answer.Primary is { } primary)
        {
            body.Add(AdaptiveCards.Text($"Source: {primary.PrimarySource}", size: "Small", subtle: true));
        }

        return AdaptiveCards.Card(body, new JsonArray([.. answer.FollowUps.Select(f => (JsonNode)AdaptiveCards.SubmitText(f.Title, f.Text))]));
    }
}
