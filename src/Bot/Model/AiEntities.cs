using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Teams' AI features (brief §6.8): one root schema.org Message entity carrying the "AI generated" label and the
/// citations together (two root Message entities are a 400), and the streaminfo entities of §6.6.
/// </summary>
internal static class AiEntities
{
    public const string MessageType = "https://schema.org/Message";
    public const string StreamInfoType = "streaminfo";

    /// <summary>The label plus one Claim per cited entry; position is the [n] used in the text.</summary>
    public static Entity Message(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<int> cited)
    {
        var citations = new JsonArray();
        foreach (var position in cited.Order())
        {
            citations.Add(Claim(position, entries[position - 1]));
        }

        var entity = new JsonObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
            ["citation"] = citations,
        };
        return ToEntity(MessageType, entity);
    }

    public static Entity StreamInfo(string streamType, string? streamId, int? sequence)
    {
        var entity = new JsonObject { ["streamType"] = streamType };
        if (streamId is not null)
        {
            entity["streamId"] = streamId;
        }

        if (sequence is { } n)
        {
            entity["streamSequence"] = n;
        }

        return ToEntity(StreamInfoType, entity);
    }

    private static JsonObject Claim(int position, KnowledgeEntry entry)
    {
        var appearance = new JsonObject
        {
            ["@type"] = "DigitalDocument",
            ["name"] = Clip(entry.Title, 80),
            ["abstract"] = Clip(entry.Headline, 160),
            ["keywords"] = new JsonArray([.. entry.Tags.Take(3).Select(t => (JsonNode)JsonValue.Create(Clip(t, 28)))]),
        };
        if (entry.PrimarySource.Length > 0)
        {
            appearance["text"] = Clip(entry.PrimarySource, 500);
        }

        return new JsonObject { ["@type"] = "Claim", ["position"] = position, ["appearance"] = appearance };
    }

    private static Entity ToEntity(string type, JsonObject fields)
    {
        var element = JsonSerializer.SerializeToElement(fields, ProtocolJson.Default.JsonObject);
        return ActivityFactory.NewEntity(type, element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.Clone())));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
