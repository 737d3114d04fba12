using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Prompt cards. Buttons are Action.Submit with a data object naming the prompt they answer, so an old or
/// double-clicked card is recognised as stale; an answered card is replaced by one without buttons. With <c>cards</c>
/// false (a channel without Adaptive Cards) each prompt is the same content as text (<see cref="DialogText"/>).
/// </summary>
internal static class DialogCards
{
    /// <summary>Marks our own card data in an activity's value.</summary>
    public const string Marker = "cpc";

    public static Activity Choice(string prompt, IReadOnlyList<ChoiceOption> options, string promptId, int maxButtons, bool cards)
    {
        if (!cards)
        {
            return DialogText.Choice(prompt, options, maxButtons);
        }

        var body = new JsonArray { AdaptiveCards.Text(prompt, weight: "Bolder") };
        if (options.Count > maxButtons)
        {
            var rest = string.Join(", ", options.Skip(maxButtons).Select(o => o.Title));
            body.Add(AdaptiveCards.Text($"Or type one of: {rest}", size: "Small", subtle: true));
        }

        var actions = new JsonArray();
        foreach (var option in options.Take(maxButtons))
        {
            actions.Add(Submit(option.Title, new JsonObject { [Marker] = "answer", ["prompt"] = promptId, ["value"] = option.Value }));
        }

        return ActivityFactory.Message(null, [AdaptiveCards.Attachment(AdaptiveCards.Card(body, actions))]);
    }

    public static Activity Confirm(string prompt, string promptId, bool cards) =>
        cards ? Choice(prompt, [new("yes", "Yes", []), new("no", "No", [])], promptId, maxButtons: 2, cards) : DialogText.Confirm(prompt);

    /// <summary>The card after its answer: the question and the answer, no buttons left to click.</summary>
    public static Activity Answered(string prompt, string answer, string activityId) =>
        ActivityFactory.Message(null, [AdaptiveCards.Attachment(AdaptiveCards.Card(
        [
            AdaptiveCards.Text(prompt, weight: "Bolder"),
            AdaptiveCards.Text($"✓ {answer}", subtle: true),
        ]))]) with { Id = activityId };

    public static Activity ResumeOffer(string title, bool cards) => !cards ? DialogText.ResumeOffer(title) : ActivityFactory.Message(null, [AdaptiveCards.Attachment(AdaptiveCards.Card(
        [AdaptiveCards.Text($"Would you like to pick up **{title}** where we left off?")],
        [
            Submit("Resume", new JsonObject { [Marker] = "resume" }),
            Submit("No thanks", new JsonObject { [Marker] = "drop" }),
        ]))]);

    public static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };
}
