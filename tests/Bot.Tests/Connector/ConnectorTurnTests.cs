using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>The whole bot in normal delivery mode: /api/messages in, Connector REST calls out to a fake Connector.</summary>
public sealed class ConnectorTurnTests
{
    [Fact]
    public async Task Message_InNormalMode_RepliesToTheActivityAtTheEncodedConnectorUrl()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp();
        using var http = app.CreateClient();

        using var response = await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "message", "1:msg;id=7", new JsonObject { ["text"] = "hello there" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        // A greeting is answered with more than one activity; every one is a reply to the inbound activity.
        Assert.NotEmpty(connector.Requests);
        Assert.All(connector.Requests, r => Assert.Equal("/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D123/activities/1%3Amsg%3Bid%3D7", r.RawTarget));
        var request = connector.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D123/activities/1%3Amsg%3Bid%3D7", request.RawTarget);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Contains("Microsoft-BotFramework/3.1", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Null(request.Authorization);
        var reply = request.Json;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("1:msg;id=7", (string?)reply["replyToId"]);
        Assert.Equal(ConnectorSetup.BotId, (string?)reply["from"]?["id"]);
        Assert.Equal(ConnectorSetup.UserId, (string?)reply["recipient"]?["id"]);
        Assert.Equal(ConnectorSetup.ConversationId, (string?)reply["conversation"]?["id"]);
        Assert.Null(reply["serviceUrl"]);
        Assert.Null(reply["id"]);
    }

    [Fact]
    public async Task Help_InNormalMode_SendsEveryReplyInOrder()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp();
        var expected = (await app.Conversation().Send("help")).Messages.Count();
        using var http = app.CreateClient();

        using var response = await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "message", "m-help", new JsonObject { ["text"] = "help" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.EndsWith("/activities/m-help", r.RawTarget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_InNormalMode_AnswersInTheHttpResponseWhileItsMessageGoesToTheConnector()
    {
        await using var connector = await FakeConnector.StartAsync();
        var invokes = new InvokeHandlers().Add("test/sideMessage", async (turn, ct) =>
        {
            await turn.SendTextAsync("sent on the side", ct);
            turn.InvokeResponse = InvokeResults.Message("done");
        });
        await using var app = new BotApp().WithServices(s => s.AddSingleton(invokes));
        using var http = app.CreateClient();

        using var response = await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "invoke", "inv-1", new JsonObject { ["name"] = "test/sideMessage", ["value"] = new JsonObject() }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("done", (string?)body["value"]);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("sent on the side", (string?)request.Json["text"]);
        Assert.Equal("inv-1", (string?)request.Json["replyToId"]);
    }

    [Fact]
    public async Task UnknownInvoke_InNormalMode_Answers501AndSendsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp();
        using var http = app.CreateClient();

        using var response = await Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "invoke", "inv-2", new JsonObject { ["name"] = "no/such" }));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("NotImplemented", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Message_WhenConnectorThrottles_WaitsForRetryAfterThenDelivers()
    {
        var clock = new ConnectorClock();
        await using var connector = await FakeConnector.StartAsync();
        connector.Then(429, retryAfter: "2");
        await using var app = new BotApp().OnClock(clock);
        using var http = app.CreateClient();

        var post = Post(http, ConnectorSetup.TeamsActivity(connector.ServiceUrl, "message", "m-429", new JsonObject { ["text"] = "hi" }));
        // Other parts of the turn schedule timers on the same clock (the turn budget, state leases); wait for the Retry-After one.
        var wait = await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(2));
        clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        var beforeRetryAfter = connector.Requests.Count;
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await post;

        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        Assert.Equal(1, beforeRetryAfter);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(connector.Requests.Count >= 2);
        Assert.Equal(connector.Requests[0].Body, connector.Requests[1].Body);
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, JsonObject activity) =>
        http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
}
