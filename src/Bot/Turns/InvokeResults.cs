using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>Invoke answers in the shapes Teams documents (brief §1.3, §6.3).</summary>
public static class InvokeResults
{
    public static InvokeResponse Ok() => new(200);

    public static InvokeResponse NotImplemented(string? name) => new(501, Body(new JsonObject
    {
        ["error"] = new JsonObject { ["code"] = "NotImplemented", ["message"] = $"The invoke '{name}' is not handled by this bot." },
    }));

    public static InvokeResponse BadRequest(string message) => new(400, Body(new JsonObject
    {
        ["statusCode"] = 400,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = "BadRequest", ["message"] = message },
    }));

    /// <summary>A failed turn still answers 200: nothing a user sends may surface as a server error.</summary>
    public static InvokeResponse Error(string message) => new(200, Body(new JsonObject
    {
        ["statusCode"] = 500,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = "InternalError", ["message"] = message },
    }));

    public static InvokeResponse Card(JsonNode card) => new(200, Body(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.card.adaptive",
        ["value"] = card,
    }));

    public static InvokeResponse Message(string text) => new(200, Body(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    }));

    private static JsonElement Body(JsonNode node) => JsonSerializer.SerializeToElement(node, ProtocolJson.Default.Options);
}
