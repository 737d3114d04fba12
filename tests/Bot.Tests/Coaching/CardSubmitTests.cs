using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Coaching;

public sealed class CardSubmitTests : IClassFixture<BotApp>
{
    private readonly BotApp _app;

    public CardSubmitTests(BotApp app) => _app = app;

    [Fact]
    public async Task WebChatCardSubmit_WithTextInItsValue_IsAnsweredLikeTheTypedText()
    {
        var chat = _app.Conversation(channelId: "webchat");
        var typed = await _app.Conversation(channelId: "webchat").Send("quick tip family wants everything done");

        var clicked = await chat.Post(chat.Activity("message", new JsonObject
        {
            ["value"] = new JsonObject { ["text"] = "quick tip family wants everything done" },
        }));

        static string? Intent(Replies r) => r.Messages.SelectMany(m => m["entities"] as JsonArray ?? [])
            .OfType<JsonObject>().Where(e => (string?)e["type"] == "routing").Select(e => (string?)e["intent"]).FirstOrDefault();
        Assert.NotNull(Intent(typed));
        Assert.Equal(Intent(typed), Intent(clicked));
    }
}
