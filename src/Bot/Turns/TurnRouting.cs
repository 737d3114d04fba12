using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// What a user message was routed to: one intent key and framework keys, best first (["none"] when no framework
/// applies). Every message replying to it carries this once, as {"type":"routing","intent":...,"frameworks":[...]},
/// for evaluation and analytics tools.
/// </summary>
public sealed record TurnRouting(string Intent, IReadOnlyList<string> Frameworks)
{
    public const string EntityType = "routing";

    /// <summary>Debrief and self-care: a clinician voicing distress (whatever else was going on), or asking to debrief later.</summary>
    public static TurnRouting SelfCare { get; } = new(Intents.Debrief, ["clinician_self_care"]);

    public Entity ToEntity() => ActivityFactory.NewEntity(EntityType,
    [
        KeyValuePair.Create("intent", JsonSerializer.SerializeToElement(Intent, ProtocolJson.Default.String)),
        KeyValuePair.Create("frameworks", JsonSerializer.SerializeToElement(
            new JsonArray([.. Frameworks.Select(f => (JsonNode)JsonValue.Create(f))]), ProtocolJson.Default.JsonArray)),
    ]);

    public static bool IsCarriedBy(Activity activity) => activity.Entities?.Any(e => e.Type == EntityType) ?? false;
}
