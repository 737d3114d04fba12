using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Cards;

/// <summary>What the coach can do, as a card plus suggested actions for channels that show them.</summary>
public static class HelpCard
{
    public const string Disclaimer =
        "I'm an educational coach for serious-illness conversations, not clinical decision support. " +
        "I don't give doses, orders or survival numbers. Please leave out patient names, MRNs and dates of birth.";

    public static readonly IReadOnlyList<(string Title, string Text, string Example)> Capabilities =
    [
        ("Quick tip", "tip", "\"family wants everything done, meeting in 10 min\""),
        ("Prepare a conversation", "prepare", "\"help me plan a family meeting\""),
        ("Respond to emotion", "emotion", "\"patient said she's tired of fighting\""),
        ("Learn a framework", "learn", "\"teach me REMAP\""),
        ("Practise", "practice", "\"practise breaking bad news\""),
        ("Debrief", "debrief", "\"debrief a hard conversation\""),
    ];

    /// <summary>
    /// The card, then a short text carrying the suggested actions: Teams does not render suggested actions
    /// on a message that has attachments (brief §6.5).
    /// </summary>
    public static IReadOnlyList<Activity> Build()
    {
        var facts = new JsonArray();
        foreach (var (title, _, example) in Capabilities)
        {
            facts.Add(new JsonObject { ["title"] = title, ["value"] = example });
        }

        var card = AdaptiveCards.Card(
            [
                AdaptiveCards.Text("CPC Coach", size: "Large", weight: "Bolder", style: "heading"),
                AdaptiveCards.Text("Ask me in your own words, or pick one of these:"),
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
                AdaptiveCards.Text(Disclaimer, size: "Small", subtle: true),
            ],
            [
                AdaptiveCards.SubmitText("Quick tip", "quick tip"),
                AdaptiveCards.SubmitText("Prepare", "prepare a conversation"),
                AdaptiveCards.SubmitText("Practise", "practice"),
            ]);

        return
        [
            ActivityFactory.Message(null, [AdaptiveCards.Attachment(card)]),
            ActivityFactory.Message("What would you like to do?") with
            {
                SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    CardAction.ImBack("Quick tip", "quick tip"),
                    CardAction.ImBack("Learn a framework", "learn a framework"),
                    CardAction.ImBack("Practise", "practice"),
                ],
            },
            },
        ];
    }
}
