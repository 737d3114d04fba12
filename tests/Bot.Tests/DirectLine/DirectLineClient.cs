using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>Speaks the Direct Line 3.0 wire (brief §5) against the app, as Web Chat would; every call returns status and JSON.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Base = "/v3/directline";

    public HttpClient Http => http;

    public Task<DlResponse> Generate(string? bearer = null, JsonObject? body = null) =>
        Send(HttpMethod.Post, $"{Base}/tokens/generate", bearer, body);

    public Task<DlResponse> Refresh(string token) => Send(HttpMethod.Post, $"{Base}/tokens/refresh", token);

    public Task<DlResponse> Start(string bearer, JsonObject? body = null) =>
        Send(HttpMethod.Post, $"{Base}/conversations", bearer, body ?? []);

    public Task<DlResponse> Reconnect(string conversationId, string bearer, string watermark = "") =>
        Send(HttpMethod.Get, $"{Base}/conversations/{conversationId}?watermark={watermark}", bearer);

    public Task<DlResponse> Activities(string conversationId, string bearer, string watermark = "") =>
        Send(HttpMethod.Get, $"{Base}/conversations/{conversationId}/activities?watermark={watermark}", bearer);

    public Task<DlResponse> Post(string conversationId, string bearer, JsonObject activity) =>
        Send(HttpMethod.Post, $"{Base}/conversations/{conversationId}/activities", bearer, activity);

    public Task<DlResponse> Say(string conversationId, string bearer, string text, string? clientActivityId = null) =>
        Post(conversationId, bearer, Message(text, clientActivityId));

    public static JsonObject Message(string text, string? clientActivityId = null) => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = "someone-else", ["name"] = "Tester" },
        ["text"] = text,
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
    };

    /// <summary>Generate a token (no secret configured) and start its conversation; the welcome is in history on return.</summary>
    public async Task<(string ConversationId, string Token)> StartNew()
    {
        var generated = await Generate();
        Assert.Equal(HttpStatusCode.OK, generated.Status);
        var token = generated.String("token");
        var started = await Start(token);
        Assert.Equal(HttpStatusCode.Created, started.Status);
        return (started.String("conversationId"), token);
    }

    private async Task<DlResponse> Send(HttpMethod method, string url, string? bearer, JsonObject? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new DlResponse(response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }
}

/// <summary>One Direct Line answer.</summary>
public sealed record DlResponse(HttpStatusCode Status, JsonNode? Json)
{
    public string String(string name) => (string?)Json?[name] ?? throw new InvalidOperationException($"No '{name}' in {Json?.ToJsonString()}");

    public string? ErrorCode => (string?)Json?["error"]?["code"];

    public JsonArray Activities => Json?["activities"] as JsonArray ?? [];

    public IEnumerable<JsonObject> BotMessages => Activities.OfType<JsonObject>()
        .Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot");

    public string Watermark => String("watermark");
}
