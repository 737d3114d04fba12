using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Cards;

/// <summary>
/// What the coach can do, as a card plus suggested actions for channels that show them; with <c>cards</c> false (a
/// channel without Adaptive Cards) one Markdown message listing the same things, with the words to type.
/// </summary>
public static class HelpCard
{
    public const string Disclaimer =
        "I'm an educational coach for serious-illness conversations, not clinical decision support. " +
        "I don't give doses, orders or survival numbers. Please leave out patient names, MRNs and dates of birth.";

    /// <summary>Each thing the coach does: its name, the command that starts it when typed, and an example in the user's own words.</summary>
    public static readonly IReadOnlyList<(string Title, string Text, string Example)> Capabilities =
    [
        ("Quick tip", "quick tip", "\"family wants everything done, meeting in 10 min\""),
        ("Prepare a conversation", "prepare a conversation", "\"help me plan a family meeting\""),
        ("Respond to emotion", "respond to emotion", "\"patient said she's tired of fighting\""),
        ("Learn a framework", "learn a framework", "\"teach me REMAP\""),
        ("Practise", "practice", "\"practise breaking bad news\""),
        ("Debrief", "debrief a conversation", "\"debrief a hard conversation\""),
    ];

    public const string TextPrompt = "What would you like to do?";

    private static IReadOnlyList<CardAction> SuggestedActions() =>
    [
        CardAction.ImBack("Quick tip", "quick tip"),
        CardAction.ImBack("Learn a framework", "learn a framework"),
        CardAction.ImBack("Practise", "practice"),
    ];

    private static readonly IReadOnlyList<Activity> WithCard = Create(cards: true);
    private static readonly IReadOnlyList<Activity> AsText = Create(cards: false);

    /// <summary>
    /// The card, then a short text carrying the suggested actions: Teams does not render suggested actions
    /// on a message that has attachments (brief §6.5). The same every time, so built once: activities are immutable
    /// and every send copies one with its own ids.
    /// </summary>
    public static IReadOnlyList<Activity> Build(bool cards) => cards ? WithCard : AsText;

    private static IReadOnlyList<Activity> Create(bool cards)
    {
        if (!cards)
        {
            return [Text()];
        }

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
            ActivityFactory.Message(TextPrompt) with { SuggestedActions = new SuggestedActions { Actions = SuggestedActions() } },
        ];
    }

    /// <summary>One message: the buttons become the words to type, still offered as suggested actions where the channel shows them.</summary>
    private static Activity Text()
    {
        var text = new StringBuilder("**CPC Coach**\n\nAsk me in your own words, or type one of these:\n\n");
        foreach (var (title, command, example) in Capabilities)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **{title}**: type **{command}**, or say e.g. {example}\n");
        }

        text.Append("\n").Append(Disclaimer).Append("\n\n").Append(TextPrompt);
        return ActivityFactory.Markdown(text.ToString(), [.. SuggestedActions(), CardAction.ImBack("Prepare", "prepare a conversation")]);
    }
}
