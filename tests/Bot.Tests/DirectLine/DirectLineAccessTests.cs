using System.Net;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>Who may touch which conversation, for how long, and where the surface exists at all.</summary>
public sealed class DirectLineAccessTests
{
    [Fact]
    public async Task TokenForConversationA_IsRefusedOnConversationB()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var a = await dl.StartNew();
        var b = await dl.StartNew();

        var read = await dl.Activities(b.ConversationId, a.Token);
        var post = await dl.Say(b.ConversationId, a.Token, "written into B with A's token");
        var reconnect = await dl.Reconnect(b.ConversationId, a.Token);

        Assert.All([read, post, reconnect], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.All([read, post, reconnect], r => Assert.Equal("Forbidden", r.ErrorCode));
        var history = await dl.Activities(b.ConversationId, b.Token);
        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.DoesNotContain(history.Activities, x => (string?)x?["text"] == "written into B with A's token");
    }

    [Fact]
    public async Task TamperedToken_IsRefused()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var read = await dl.Activities(conversationId, tampered);

        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal("Forbidden", read.ErrorCode);
    }

    [Fact]
    public async Task Token_PastItsLifetime_IsRefusedAsExpired_AndCannotBeRefreshed()
    {
        var time = new FakeTimeProvider();
        await using var app = new BotApp().WithServices(s => s.AddSingleton<TimeProvider>(time));
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await dl.Activities(conversationId, token)).Status);
        time.Advance(TimeSpan.FromMinutes(1));
        var read = await dl.Activities(conversationId, token);
        var refresh = await dl.Refresh(token);

        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal("TokenExpired", read.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.Status);
        Assert.Equal("TokenExpired", refresh.ErrorCode);
    }

    [Fact]
    public async Task Refresh_BeforeExpiry_ExtendsAccessToTheSameConversation()
    {
        var time = new FakeTimeProvider();
        await using var app = new BotApp().WithServices(s => s.AddSingleton<TimeProvider>(time));
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        time.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await dl.Refresh(token);
        time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(conversationId, refreshed.String("conversationId"));
        Assert.Equal(1800, (int)refreshed.Json!["expires_in"]!);
        Assert.Equal("TokenExpired", (await dl.Activities(conversationId, token)).ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await dl.Activities(conversationId, refreshed.String("token"))).Status);
    }

    [Fact]
    public async Task WithASecret_OnlyTheSecretGeneratesTokens()
    {
        await using var app = new BotApp().With("DirectLine:Secret", "test-secret-123");
        var dl = new DirectLineClient(app.CreateClient());

        var none = await dl.Generate();
        var wrong = await dl.Generate("not-the-secret");
        var right = await dl.Generate("test-secret-123");

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.Status);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(1800, (int)right.Json!["expires_in"]!);
    }

    [Fact]
    public async Task Secret_StartsANewConversation_WithATokenAndStreamUrlForIt()
    {
        await using var app = new BotApp().With("DirectLine:Secret", "test-secret-123");
        var dl = new DirectLineClient(app.CreateClient());

        var started = await dl.Start("test-secret-123", new() { ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "dl_resident" } });
        var conversationId = started.String("conversationId");
        var history = await dl.Activities(conversationId, started.String("token"));

        Assert.Equal(HttpStatusCode.Created, started.Status);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t=", started.String("streamUrl"));
        Assert.Equal("dl_resident", (string?)history.BotMessages.First()["recipient"]?["id"]);
    }

    [Fact]
    public async Task OutsideDevelopment_WithoutASecret_TheSurfaceAndPageAreOff()
    {
        // Staging: outside Development, and without the Production-only requirement of a Microsoft app id.
        await using var app = new BotApp { Environment = "Staging" }.With("Usage:PseudonymKey", new string('k', 48));
        var http = app.CreateClient();

        var generate = await new DirectLineClient(http).Generate();
        var page = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, generate.Status);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task MissingCredential_IsUnauthorized_AndUnknownConversationIsNotFound()
    {
        await using var app = new BotApp().With("DirectLine:Secret", "test-secret-123");
        var dl = new DirectLineClient(app.CreateClient());

        var anonymous = await dl.Start(bearer: null!);
        var unknown = await dl.Activities("0123456789abcdef0123456789abcdef", "test-secret-123");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("NotFound", unknown.ErrorCode);
    }
}
