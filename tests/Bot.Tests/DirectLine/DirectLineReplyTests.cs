using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>The bot's side of the surface: sends, updates and deletes land in history; typing goes over the stream only.</summary>
public sealed class DirectLineReplyTests
{
    private static BotApp ScriptedApp() => new BotApp().WithServices(s => s.AddSingleton<ITurnMiddleware, ScriptedMiddleware>());

    [Fact]
    public async Task BotUpdate_ReplacesTheMessageInPlace_KeepingItsId()
    {
        await using var app = ScriptedApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        await dl.Say(conversationId, token, "edit me");
        var replies = (await dl.Activities(conversationId, token, "2")).BotMessages.ToList();

        Assert.Equal(["final answer", "after the draft"], replies.Select(r => (string?)r["text"]));
        Assert.Equal($"{conversationId}|0000003", (string?)replies[0]["id"]);
    }

    [Fact]
    public async Task BotDelete_RemovesTheMessageFromHistory()
    {
        await using var app = ScriptedApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        await dl.Say(conversationId, token, "delete me");
        var replies = (await dl.Activities(conversationId, token, "2")).BotMessages.ToList();

        Assert.Equal(["kept"], replies.Select(r => (string?)r["text"]));
    }

    [Fact]
    public async Task Stream_SendsTheBacklog_ThenEchoTypingAndReply_WhileHistoryHasNoTyping()
    {
        await using var app = ScriptedApp();
        var dl = new DirectLineClient(app.CreateClient());
        var generated = await dl.Generate();
        var started = await dl.Start(generated.String("token"));
        var conversationId = started.String("conversationId");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var socket = await app.Server.CreateWebSocketClient().ConnectAsync(new Uri(started.String("streamUrl")), timeout.Token);

        var backlog = await ReceiveAsync(socket, timeout.Token);
        await dl.Say(conversationId, started.String("token"), "think");
        var frames = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            frames.Add(await ReceiveAsync(socket, timeout.Token));
        }

        var history = await dl.Activities(conversationId, started.String("token"));

        Assert.Equal("2", (string?)backlog["watermark"]);
        Assert.Equal(2, backlog["activities"]!.AsArray().Count);
        var streamed = frames.Select(f => f["activities"]![0]!).ToList();
        Assert.Equal(["message:user", "typing:bot", "message:bot"], streamed.Select(a => $"{a["type"]}:{a["from"]?["role"]}"));
        Assert.Equal("done thinking", (string?)streamed[2]["text"]);
        Assert.DoesNotContain(history.Activities, a => (string?)a?["type"] == "typing");
        Assert.Equal(4, history.Activities.Count);
    }

    [Fact]
    public async Task Stream_WithAnotherConversationsToken_IsRefused()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var a = await dl.StartNew();
        var b = await dl.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var url = new Uri($"ws://localhost/v3/directline/conversations/{b.ConversationId}/stream?t={Uri.EscapeDataString(a.Token)}");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.Server.CreateWebSocketClient().ConnectAsync(url, timeout.Token));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamUrl_WithoutAWebSocketUpgrade_IsABadArgument()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var response = await dl.Http.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<JsonObject> ReceiveAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, ct);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
    }
}
