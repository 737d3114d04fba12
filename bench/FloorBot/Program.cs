// A do-nothing bot endpoint for the load tool: reads the activity's JSON, answers expectReplies with one message of
// about the size of a coaching answer card, and nothing else (no routing, no state, no usage records).
// Usage: dotnet run -c Release --project bench/LoadTool -- --launch path/to/CpcCoach.FloorBot.dll --users 32
using System.Text.Json;

var app = WebApplication.CreateBuilder(args).Build();

// About 3.5 KB, the size of the bot's answer card to a tip request.
var filler = string.Concat(Enumerable.Repeat("Ask what they understand, then share the news in small pieces and pause. ", 46));

app.MapGet("/readyz", () => Results.Text("Healthy"));
app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, CancellationToken ct) =>
{
    using var activity = await ParseOrNullAsync(request.Body, ct);
    if (activity is null)
    {
        return Results.BadRequest("the body is not JSON");
    }

    var root = activity.RootElement;
    if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("conversation", out var conversation)
        || conversation.ValueKind != JsonValueKind.Object || !conversation.TryGetProperty("id", out var conversationId))
    {
        return Results.BadRequest("missing conversation.id");
    }

    response.ContentType = "application/json; charset=utf-8";
    await using var json = new Utf8JsonWriter(response.Body);
    json.WriteStartObject();
    json.WriteStartArray("activities");
    json.WriteStartObject();
    json.WriteString("type", "message");
    json.WriteString("replyToId", root.TryGetProperty("id", out var id) ? id.GetString() : null);
    json.WriteStartObject("conversation");
    json.WriteString("id", conversationId.GetString());
    json.WriteEndObject();
    json.WriteString("text", filler);
    json.WriteEndObject();
    json.WriteEndArray();
    json.WriteEndObject();
    await json.FlushAsync(ct);
    return Results.Empty;
});

app.Run();

static async Task<JsonDocument?> ParseOrNullAsync(Stream body, CancellationToken ct)
{
    try
    {
        return await JsonDocument.ParseAsync(body, cancellationToken: ct);
    }
    catch (JsonException)
    {
        return null;
    }
}
