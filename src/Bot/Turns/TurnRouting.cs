using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// What a user message was routed to: one intent key and framework keys, best first (["none"] when no framework
/// applies). Every message replying to it carries this once, as {"type":"routing","intent":...,"frameworks":[...]},
/// for evaluation and analytics tools.
/// </summary>
public sealed record TurnRouting(string Intent, IReadOnlyList<string> Frameworks)
{
    public const string EntityType = "routing";

    public Entity ToEntity() => ActivityFactory.NewEntity(EntityType,
    [
        KeyValuePair.Create("intent", JsonSerializer.SerializeToElement(Intent, ProtocolJson.Default.String)),
        KeyValuePair.Create("frameworks", JsonSerializer.SerializeToElement(
            new JsonArray([.. Frameworks.Select(f => (JsonNode)JsonValue.Create(f))]), ProtocolJson.Default.JsonArray)),
    ]);

    public static bool IsCarriedBy(Activity activity) => activity.Entities?.Any(e => e.Type == EntityType) ?? false;
}
