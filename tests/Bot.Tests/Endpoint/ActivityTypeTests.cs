using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Endpoint;

/// <summary>Every activity type of brief §1.3 gets its documented HTTP answer.</summary>
public sealed class ActivityTypeTests : IClassFixture<BotApp>
{
    private readonly BotApp _app;

    public ActivityTypeTests(BotApp app) => _app = app;

    public static TheoryData<string, JsonObject> SilentTypes => new()
    {
        { "typing", new JsonObject() },
        { "event", new JsonObject { ["name"] = "webchat/join" } },
        { "messageReaction", new JsonObject { ["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" }), ["replyToId"] = "m1" } },
        { "messageUpdate", new JsonObject { ["text"] = "edited", ["channelData"] = new JsonObject { ["eventType"] = "editMessage" } } },
        { "messageDelete", new JsonObject { ["channelData"] = new JsonObject { ["eventType"] = "softDeleteMessage" } } },
        { "endOfConversation", new JsonObject { ["code"] = "completedSuccessfully" } },
        { "installationUpdate", new JsonObject { ["action"] = "remove" } },
        { "contactRelationUpdate", new JsonObject { ["action"] = "add" } },
        { "conversationUpdate", new JsonObject { ["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "user-1" }) } },
        { "somethingNewFromTheFuture", new JsonObject { ["futureField"] = new JsonObject { ["x"] = 1 } } },
    };

    [Theory]
    [MemberData(nameof(SilentTypes))]
    public async Task NonMessageTypes_InNormalMode_Answer200WithEmptyBody(string type, JsonObject fields)
    {
        var chat = _app.Conversation();
        var activity = chat.Activity(type, fields);
        activity.Remove("deliveryMode");

        using var response = await chat.PostRaw(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(SilentTypes))]
    public async Task NonMessageTypes_UnderExpectReplies_Answer200WithNoMessages(string type, JsonObject fields)
    {
        var chat = _app.Conversation();

        var replies = await chat.Post(chat.Activity(type, fields));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.Empty(replies.Messages);
    }

    [Fact]
    public async Task Message_UnderExpectReplies_ReturnsActivitiesNotWrapped()
    {
        var chat = _app.Conversation();

        var replies = await chat.Send("help");

        using var json = replies.Json();
        Assert.True(json.RootElement.TryGetProperty("activities", out _));
        Assert.False(json.RootElement.TryGetProperty("status", out _));
        Assert.NotEmpty(replies.Messages);
    }

    [Fact]
    public async Task UnknownInvoke_Answers501()
    {
        var chat = _app.Conversation();
        var invoke = chat.Activity("invoke", new JsonObject { ["name"] = "composeExtension/query", ["value"] = new JsonObject() });
        invoke.Remove("deliveryMode");

        using var response = await chat.PostRaw(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("NotImplemented", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_HttpStatusAndBodyAreTheInvokeResponse()
    {
        using var app = new BotApp();
        app.Services.GetRequiredService<InvokeHandlers>().Add("test/teapot", (turn, _) =>
        {
            turn.InvokeResponse = new Protocol.InvokeResponse(418, System.Text.Json.JsonSerializer.SerializeToElement(new { brewed = true }));
            return Task.CompletedTask;
        });
        var chat = app.Conversation();
        var invoke = chat.Activity("invoke", new JsonObject { ["name"] = "test/teapot" });
        invoke.Remove("deliveryMode");

        using var response = await chat.PostRaw(invoke.ToJsonString());

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("""{"brewed":true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_UnderExpectReplies_ResultSurvivesAsInvokeResponseActivity()
    {
        using var app = new BotApp();
        app.Services.GetRequiredService<InvokeHandlers>().Add("test/ok", (turn, _) =>
        {
            turn.InvokeResponse = InvokeResults.Message("done");
            return Task.CompletedTask;
        });
        var chat = app.Conversation();

        var replies = await chat.Post(chat.Activity("invoke", new JsonObject { ["name"] = "test/ok" }));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        var invokeResponse = Assert.Single(replies.Activities.OfType<JsonObject>(), a => (string?)a["type"] == "invokeResponse");
        Assert.Equal(200, (int?)invokeResponse["value"]!["status"]);
        Assert.Equal("done", (string?)invokeResponse["value"]!["body"]!["value"]);
    }
}
