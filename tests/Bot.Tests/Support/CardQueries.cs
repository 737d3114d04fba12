using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>Reading the Adaptive Cards of a reply the way a user would: the cards, and a button by its title.</summary>
internal static class CardQueries
{
    public static IEnumerable<JsonObject> CardsOf(JsonObject message) =>
        (message["attachments"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => (JsonObject)a["content"]!);

    public static JsonObject? Button(JsonObject card, string title) =>
        (card["actions"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(a => string.Equals((string?)a["title"], title, StringComparison.OrdinalIgnoreCase));
}
