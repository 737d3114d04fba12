using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Endpoint;

/// <summary>The same endpoint over a real socket, as the Emulator or a load tool would reach it.</summary>
[Collection("Kestrel")]
public sealed class KestrelEndpointTests : IDisposable
{
    private readonly BotApp _app;
    private readonly HttpClient _http;

    public KestrelEndpointTests()
    {
        _app = KestrelBotApp.Start(new BotApp(), out var baseAddress);
        _http = new HttpClient { BaseAddress = baseAddress };
    }

    public void Dispose()
    {
        _http.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Help_OverRealHttp_ReturnsTheCard()
    {
        var chat = new Conversation(_http, "kestrel-conv", "emulator");

        var replies = await chat.Send("help");

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.NotEmpty(replies.Cards);
    }

    [Fact]
    public async Task HealthAndReadiness_Answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task MalformedAndUnknown_OverRealHttp_AreClientErrors()
    {
        using var notJson = await _http.PostAsync("/api/messages", new StringContent("{oops", Encoding.UTF8, "application/json"));
        var chat = new Conversation(_http, "kestrel-conv-2", "emulator");
        using var unknownInvoke = await chat.PostRaw(chat.Activity("invoke", new JsonObject { ["name"] = "nothing/here" }).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownInvoke.StatusCode);
        var body = await unknownInvoke.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(501, (int?)body!["activities"]!.AsArray().Single(a => (string?)a!["type"] == "invokeResponse")!["value"]!["status"]);
    }
}
