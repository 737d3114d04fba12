using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>Auth off without an app id (brief §2.9), refused in Production; callerId is always decided by auth.</summary>
public sealed class AuthModeTests
{
    [Fact]
    public async Task NoAppId_InDevelopment_AcceptsWithoutHeader_AndWarnsLoudly()
    {
        var logs = new AuthLogCapture();
        await using var app = new BotApp().WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var chat = app.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), authorization: null);

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        var warning = Assert.Single(logs.Records, r => r.Id.Id == 1200);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("MicrosoftAppId", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAppId_WithAToken_IsRejected_BecauseThereIsNoAudienceToCheck()
    {
        await using var app = new BotApp();
        var chat = app.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), "Bearer eyJhbGciOiJub25lIn0.e30.");

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
    }

    [Fact]
    public async Task NoAppId_InProduction_RefusesToStart_NamingTheKey()
    {
        // Every other Production requirement is met, so the only refusal left is the missing app id.
        await using var app = new BotApp { Environment = "Production" }.With("Usage:PseudonymKey", new string('k', 48));

        var failure = Record.Exception(() => app.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Flatten(failure).OfType<OptionsValidationException>().FirstOrDefault());
        Assert.Contains("MicrosoftAppId", validation.Message, StringComparison.Ordinal);
        Assert.Contains("Production", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WireCallerId_IsReplacedByTheAuthenticatedCaller()
    {
        await using var host = new AuthTestHost();
        await host.InitializeAsync();
        var capture = new AuthCallerCapture();
        await using var app = host.Configure(new BotApp()).WithServices(s => s.AddSingleton<Bot.Turns.ITurnMiddleware>(capture));
        var chat = app.Conversation(channelId: AuthTestHost.ChannelId);
        var activity = chat.Activity("message", new JsonObject { ["text"] = "help", ["callerId"] = "urn:botframework:aadappid:attacker" });

        var replies = await chat.PostAuthorized(activity, AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(host.ChannelToken(), host.ChannelKey)));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        var (callerId, caller) = Assert.Single(capture.Seen);
        Assert.Equal("urn:botframework:azure", callerId);
        Assert.Equal(new Bot.Turns.CallerIdentity(true, "urn:botframework:azure", AuthTestHost.AppId), caller);
    }

    [Fact]
    public async Task WireCallerId_IsDroppedWhenAuthIsOff()
    {
        var capture = new AuthCallerCapture();
        await using var app = new BotApp().WithServices(s => s.AddSingleton<Bot.Turns.ITurnMiddleware>(capture));
        var chat = app.Conversation();

        await chat.Post(chat.Activity("message", new JsonObject { ["text"] = "help", ["callerId"] = "urn:botframework:azure" }));

        var (callerId, caller) = Assert.Single(capture.Seen);
        Assert.Null(callerId);
        Assert.False(caller.IsAuthenticated);
    }

    [Fact]
    public async Task Tokens_AreNeverLogged_EvenAtTrace()
    {
        await using var host = new AuthTestHost();
        await host.InitializeAsync();
        var logs = new AuthLogCapture();
        await using var app = host.Configure(new BotApp())
            .With("Logging:LogLevel:Default", "Trace")
            .WithServices(s => s.AddSingleton<ILoggerProvider>(logs));
        var chat = app.Conversation(channelId: AuthTestHost.ChannelId);
        var good = LocalOpenIdIssuer.Sign(host.ChannelToken(), host.ChannelKey);
        var expired = host.ChannelToken();
        expired.NotBefore = TimeProvider.System.GetUtcNow().AddHours(-2).UtcDateTime;
        expired.IssuedAt = expired.NotBefore;
        expired.Expires = TimeProvider.System.GetUtcNow().AddHours(-1).UtcDateTime;
        var bad = LocalOpenIdIssuer.Sign(expired, host.ChannelKey);
        var unknown = LocalOpenIdIssuer.Sign(host.ChannelToken(), IssuerKey.Create("unknown", AuthTestHost.ChannelId));

        Assert.Equal(HttpStatusCode.OK, (await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(good))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(bad))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(unknown))).Status);

        Assert.Contains(logs.Records, r => r.Id.Id == 1201);
        Assert.Contains(logs.Records, r => r.Id.Id == 1203);
        foreach (var token in new[] { good, bad, unknown })
        {
            // Any of the three parts would let someone replay or reconstruct the token.
            Assert.DoesNotContain(logs.Records, r => token.Split('.').Any(part => part.Length > 0 && r.Message.Contains(part, StringComparison.Ordinal)));
        }
    }

    private static IEnumerable<Exception> Flatten(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
