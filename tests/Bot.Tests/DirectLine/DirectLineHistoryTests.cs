using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>History as Web Chat and DirectLineJS read it: the echo, watermarks, and the bounds on memory.</summary>
public sealed class DirectLineHistoryTests
{
    [Fact]
    public async Task Start_GreetsOnce_AndHistoryBeginsWithTheWelcome()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var again = await dl.Start(token);
        var history = await dl.Activities(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(2, history.BotMessages.Count());
        Assert.StartsWith("Hello, I'm CPC Coach", (string?)history.BotMessages.First()["text"]);
        Assert.Equal($"{conversationId}|0000000", (string?)history.Activities[0]!["id"]);
    }

    [Fact]
    public async Task Post_EchoesTheUserActivity_WithServerIdAndChannelDataVerbatim()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();
        var message = DirectLineClient.Message("help", "client-42");
        message["channelData"]!["clientTimestamp"] = "2025-01-02T03:04:05.678Z";
        message["channelData"]!["nested"] = JsonNode.Parse("""{"n":1.50,"list":[true,null]}""");

        var posted = await dl.Post(conversationId, token, message);
        var history = await dl.Activities(conversationId, token, "2");
        var echo = history.Activities[0]!.AsObject();

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal($"{conversationId}|0000002", posted.String("id"));
        Assert.Equal(posted.String("id"), (string?)echo["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
        Assert.StartsWith("dl_", (string?)echo["from"]?["id"]);
        Assert.Equal("""{"clientActivityID":"client-42","clientTimestamp":"2025-01-02T03:04:05.678Z","nested":{"n":1.50,"list":[true,null]}}""", echo["channelData"]!.ToJsonString());
        Assert.NotNull((string?)echo["timestamp"]);
    }

    [Fact]
    public async Task RepostOfTheSameClientActivityId_ReturnsTheFirstId_AndTheBotAnswersOnce()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var first = await dl.Say(conversationId, token, "help", "retry-me");
        var second = await dl.Say(conversationId, token, "help", "retry-me");
        var history = await dl.Activities(conversationId, token, "2");

        Assert.Equal(first.String("id"), second.String("id"));
        Assert.Single(history.Activities, a => (string?)a?["from"]?["role"] == "user");
        Assert.Single(history.BotMessages, a => a["attachments"] is JsonArray);
    }

    [Fact]
    public async Task Watermark_PagesThroughHistory_WithoutRepeats()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var first = await dl.Activities(conversationId, token);
        await dl.Say(conversationId, token, "help");
        var second = await dl.Activities(conversationId, token, first.Watermark);
        var third = await dl.Activities(conversationId, token, second.Watermark);
        var all = await dl.Activities(conversationId, token);

        Assert.Equal("2", first.Watermark);
        Assert.Equal("help", (string?)second.Activities[0]?["text"]);
        Assert.True(second.BotMessages.Count() >= 2, "the help card and the suggested actions follow the echo");
        Assert.Empty(third.Activities);
        Assert.Equal(second.Watermark, third.Watermark);
        var paged = first.Activities.Concat(second.Activities).Select(a => (string?)a?["id"]).ToList();
        Assert.Equal(all.Activities.Select(a => (string?)a?["id"]).ToList(), paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public async Task BadWatermark_IsABadArgument()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var read = await dl.Activities(conversationId, token, "not-a-watermark");

        Assert.Equal(HttpStatusCode.BadRequest, read.Status);
        Assert.Equal("BadArgument", read.ErrorCode);
    }

    [Fact]
    public async Task History_KeepsOnlyTheNewestActivities_AndWatermarksStayMonotonic()
    {
        await using var app = new BotApp().With("DirectLine:MaxActivitiesPerConversation", "10");
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        for (var i = 0; i < 8; i++)
        {
            await dl.Say(conversationId, token, $"message {i}");
        }

        var history = await dl.Activities(conversationId, token);

        // Welcome, 8 echoes and their replies were stored over time; only the newest 10 remain.
        var stored = long.Parse(history.Watermark, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(stored >= 18, $"watermark {stored}");
        Assert.Equal(10, history.Activities.Count);
        Assert.Equal($"{conversationId}|{stored - 10:0000000}", (string?)history.Activities[0]?["id"]);
        Assert.Contains(history.Activities, a => (string?)a?["text"] == "message 7");
        Assert.DoesNotContain(history.Activities, a => (string?)a?["text"] == "message 0");
    }

    [Fact]
    public async Task PastMaxConversations_TheLeastRecentlyUsedIsEvicted()
    {
        var time = new FakeTimeProvider();
        await using var app = new BotApp()
            .With("DirectLine:MaxConversations", "2")
            .WithServices(s => s.AddSingleton<TimeProvider>(time));
        var dl = new DirectLineClient(app.CreateClient());

        var oldest = await dl.StartNew();
        time.Advance(TimeSpan.FromSeconds(1));
        var middle = await dl.StartNew();
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await dl.Activities(oldest.ConversationId, oldest.Token)).Status); // now middle is the least recent
        time.Advance(TimeSpan.FromSeconds(1));
        var newest = await dl.StartNew();

        Assert.Equal(HttpStatusCode.NotFound, (await dl.Activities(middle.ConversationId, middle.Token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await dl.Activities(oldest.ConversationId, oldest.Token)).Status);
        Assert.Equal(HttpStatusCode.OK, (await dl.Activities(newest.ConversationId, newest.Token)).Status);
    }

    [Fact]
    public async Task IdleConversation_IsEvicted_AfterIdleTimeout()
    {
        var time = new FakeTimeProvider();
        await using var app = new BotApp()
            .With("DirectLine:IdleTimeout", "00:10:00")
            .WithServices(s => s.AddSingleton<TimeProvider>(time));
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        time.Advance(TimeSpan.FromMinutes(9));
        var stillThere = await dl.Activities(conversationId, token);
        time.Advance(TimeSpan.FromMinutes(10));
        var gone = await dl.Activities(conversationId, token);

        Assert.Equal(HttpStatusCode.OK, stillThere.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("NotFound", gone.ErrorCode);
    }

    [Fact]
    public async Task Post_OfAnActivityTypeUsersDoNotSend_IsABadArgument()
    {
        await using var app = new BotApp();
        var dl = new DirectLineClient(app.CreateClient());
        var (conversationId, token) = await dl.StartNew();

        var posted = await dl.Post(conversationId, token, new JsonObject { ["type"] = "conversationUpdate" });

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("BadArgument", posted.ErrorCode);
    }
}
