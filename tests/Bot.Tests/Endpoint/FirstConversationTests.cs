using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Endpoint;

public sealed class FirstConversationTests : IClassFixture<BotApp>
{
    private readonly BotApp _app;

    public FirstConversationTests(BotApp app) => _app = app;

    [Fact]
    public async Task Help_OverExpectReplies_ReturnsCardThenSuggestedActions()
    {
        var chat = _app.Conversation();

        var replies = await chat.Send("help");

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        var card = Assert.Single(replies.Cards);
        Assert.Equal("1.5", (string?)card["version"]);
        var withActions = Assert.Single(replies.Messages, m => m["suggestedActions"] is not null);
        Assert.NotEmpty(withActions["suggestedActions"]!["actions"]!.AsArray());
        Assert.All(replies.Messages, m =>
        {
            Assert.Equal("bot-1", (string?)m["from"]!["id"]);
            Assert.Equal("user-1", (string?)m["recipient"]!["id"]);
            Assert.Equal(chat.Id, (string?)m["conversation"]!["id"]);
            Assert.NotNull(m["replyToId"]);
        });
    }

    [Fact]
    public async Task BotAdded_WelcomesOncePerConversation()
    {
        var chat = _app.Conversation();
        JsonObject Added() => chat.Activity("conversationUpdate", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-1" }, new JsonObject { ["id"] = "user-1" }),
        });

        var first = await chat.Post(Added());
        var second = await chat.Post(Added());

        Assert.Contains("CPC Coach", first.AllText);
        Assert.Empty(second.Messages);
    }

    [Fact]
    public async Task UserJoining_IsNotWelcomedAsIfTheBotWereAdded()
    {
        var chat = _app.Conversation();

        var replies = await chat.Post(chat.Activity("conversationUpdate", new JsonObject
        {
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-2" }),
        }));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.Empty(replies.Messages);
    }
}
