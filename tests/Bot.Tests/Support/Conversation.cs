using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>Reads like the conversation: <c>var replies = await chat.Send("help");</c></summary>
public sealed class Conversation(HttpClient http, string conversationId, string channelId)
{
    private int _next;

    public string Id => conversationId;

    public string UserId { get; init; } = "user-1";

    public HttpClient Http => http;

    public async Task<Replies> Send(string text) => await Post(Message(text));

    public JsonObject Message(string text) => Activity("message", new JsonObject { ["text"] = text });

    public JsonObject Activity(string type, JsonObject? fields = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"act-{Interlocked.Increment(ref _next)}",
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Test User", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "CPC Coach", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["locale"] = "en-US",
        };
        foreach (var (key, value) in fields ?? [])
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }

    public async Task<Replies> Post(JsonObject activity)
    {
        using var response = await PostRaw(activity.ToJsonString());
        var body = await response.Content.ReadAsStringAsync();
        return new Replies(response.StatusCode, body);
    }

    public Task<HttpResponseMessage> PostRaw(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return http.PostAsync("/api/messages", content);
    }
}

/// <summary>What one expectReplies turn returned.</summary>
public sealed class Replies(HttpStatusCode status, string body)
{
    public HttpStatusCode Status { get; } = status;

    public string Body => body;

    public JsonArray Activities => body.Length > 0 && JsonNode.Parse(body) is JsonObject o && o["activities"] is JsonArray a ? a : [];

    public IEnumerable<JsonObject> Messages => Activities.OfType<JsonObject>().Where(a => (string?)a["type"] == "message");

    public string AllText => string.Join("\n", Messages.Select(m => (string?)m["text"] ?? string.Empty));

    public IEnumerable<JsonObject> Cards => Messages
        .SelectMany(m => m["attachments"] as JsonArray ?? [])
        .OfType<JsonObject>()
        .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
        .Select(a => (JsonObject)a["content"]!);

    public JsonDocument Json() => JsonDocument.Parse(body);
}
