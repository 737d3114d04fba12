using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;
using Route = CpcCoach.Knowledge.Routing.Route;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// The machine-readable entities on a reply: one routing entity for evaluation and analytics tools, and one Teams
/// citation entity (a single root schema.org Message, brief §6.8) naming the entries and sources used.
/// </summary>
internal static class AnswerEntities
{
    public const string RoutingType = TurnRouting.EntityType;
    public const string EntryUrlPrefix = "cpc://entries/";

    public static Entity Routing(Route route) => MessageHandler.RoutingOf(route).ToEntity();

    public static Entity Citations(IReadOnlyList<KnowledgeEntry> entries)
    {
        var claims = new JsonArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            claims.Add(new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = i + 1,
                ["@id"] = EntryUrlPrefix + entry.Id,
                ["appearance"] = new JsonObject
                {
                    ["@type"] = "DigitalDocument",
                    ["name"] = Cut(entry.Title, 80),
                    ["url"] = EntryUrlPrefix + entry.Id,
                    ["abstract"] = Cut(entry.PrimarySource, 160),
                    ["keywords"] = new JsonArray([.. entry.Tags.Take(3).Select(t => (JsonNode)JsonValue.Create(Cut(t, 28)))]),
                },
            });
        }

        return Build("https://schema.org/Message", new JsonObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["citation"] = claims,
        });
    }

    private static Entity Build(string type, JsonObject fields) =>
        ActivityFactory.NewEntity(type, fields.Select(f => KeyValuePair.Create(f.Key, JsonSerializer.SerializeToElement(f.Value, ProtocolJson.Default.JsonNode))));

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
