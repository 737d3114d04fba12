using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Teams;

/// <summary>
/// The bot in the three Teams conversation kinds, over normal delivery to a fake Connector: the mention is
/// stripped before routing, and every reply goes back into the same conversation (and thread) as a reply.
/// </summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp();
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Channel_MentionedHelp_IsRoutedAsHelp_AndAnsweredInTheThread()
    {
        await _http.SendAsync(TeamsActivities.Channel(_connector.ServiceUrl, "1772442900123", "help"));

        Assert.NotEmpty(_connector.Requests);
        Assert.DoesNotContain(_connector.Requests, r => (string?)r.Json["text"] == MessageHandler.FallbackText);
        // The reply goes to the thread's own conversation id (with ;messageid=) and names the post it answers.
        Assert.All(_connector.Requests, r =>
        {
            Assert.Equal("/amer/v3/conversations/19%3A0ea1a38fc0f24b7fb7ad0bb2b1e6d3a5%40thread.tacv2%3Bmessageid%3D1772442900123/activities/1772442900123", r.RawTarget);
            Assert.Equal($"{TeamsActivities.ChannelId};messageid=1772442900123", (string?)r.Json["conversation"]?["id"]);
            Assert.Equal("1772442900123", (string?)r.Json["replyToId"]);
            Assert.Equal(TeamsActivities.BotId, (string?)r.Json["from"]?["id"]);
        });
    }

    [Fact]
    public async Task Channel_ReplyInsideAnExistingThread_StaysInThatThread()
    {
        var reply = TeamsActivities.Channel(_connector.ServiceUrl, "1772442999999", "help");
        // A reply in a thread keeps the root post's id in the conversation, and has its own activity id.
        reply["conversation"]!["id"] = $"{TeamsActivities.ChannelId};messageid=1772442900123";

        await _http.SendAsync(reply);

        Assert.All(_connector.Requests, r =>
        {
            Assert.Contains("messageid%3D1772442900123/activities/1772442999999", r.RawTarget, StringComparison.Ordinal);
            Assert.Equal("1772442999999", (string?)r.Json["replyToId"]);
        });
    }

    [Fact]
    public async Task GroupChat_MentionedHelp_IsRoutedAsHelp_AndRepliedInTheChat()
    {
        await _http.SendAsync(TeamsActivities.GroupChat(_connector.ServiceUrl, "1772443000001", "help"));

        Assert.NotEmpty(_connector.Requests);
        Assert.DoesNotContain(_connector.Requests, r => (string?)r.Json["text"] == MessageHandler.FallbackText);
        Assert.All(_connector.Requests, r =>
        {
            Assert.Equal("/amer/v3/conversations/19%3A3b3f2d4c5e6f4a7b8c9d0e1f2a3b4c5d%40thread.v2/activities/1772443000001", r.RawTarget);
            Assert.Equal(TeamsActivities.GroupChatId, (string?)r.Json["conversation"]?["id"]);
        });
    }

    [Fact]
    public async Task Personal_Help_IsAnsweredInTheOneToOneChat()
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "1772443100001", "help"));

        Assert.NotEmpty(_connector.Requests);
        Assert.DoesNotContain(_connector.Requests, r => (string?)r.Json["text"] == MessageHandler.FallbackText);
        Assert.All(_connector.Requests, r => Assert.Equal(TeamsActivities.PersonalId, (string?)r.Json["conversation"]?["id"]));
    }

    [Fact]
    public async Task GroupChat_MentionOfAnotherApp_IsNotStripped_WhileTheBotsOwnMentionIs()
    {
        // Same text twice: once mentioning the bot (stripped), once mentioning another app with no entity for us (kept).
        var seen = new TestMiddleware();
        await using var app = new BotApp().WithServices(services => services.AddSingleton<CpcCoach.Bot.Turns.ITurnMiddleware>(seen));
        using var http = app.CreateClient();
        var other = TeamsActivities.GroupChat(_connector.ServiceUrl, "1772443000002", "help");
        other["text"] = "<at>Some Other App</at> help";
        other["entities"]!.AsArray().RemoveAt(1);

        await http.SendAsync(TeamsActivities.GroupChat(_connector.ServiceUrl, "1772443000001", "help"));
        await http.SendAsync(other);

        // Another app's mention keeps its name as plain words; only the bot's own mention is removed.
        Assert.Equal(["help", "Some Other App help"], seen.Texts.Select(t => t?.Trim() ?? string.Empty).ToArray());
    }
}
