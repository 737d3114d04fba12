using System.Net;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>Every Connector REST operation, through the client the app registers, against a real local server.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Encoded = "a%3A1Xy%3Bmessageid%3D123";

    private readonly BotApp _app = new();
    private FakeConnector _connector = null!;

    private ConnectorClient Client => _app.Services.GetRequiredService<ConnectorClient>();

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Send_PostsToConversationActivities_AndReturnsTheChannelId()
    {
        var sent = await Client.SendToConversationAsync(_connector.ServiceUrl, Outbound("hi"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", $"/amer/v3/conversations/{Encoded}/activities"), (request.Method, request.RawTarget));
        Assert.Equal("activity-1", sent.Id);
    }

    [Theory]
    [InlineData("/amer")]
    [InlineData("/amer/")]
    [InlineData("/amer//")]
    public async Task Send_WhateverTheTrailingSlashes_PutsExactlyOneSlashBeforeV3(string path)
    {
        var serviceUrl = _connector.ServiceUrl.Replace("/amer/", path, StringComparison.Ordinal);

        await Client.SendToConversationAsync(serviceUrl, Outbound("hi"), CancellationToken.None);

        Assert.StartsWith("/amer/v3/conversations/", Assert.Single(_connector.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_PostsUnderTheEncodedReplyToId()
    {
        await Client.ReplyToActivityAsync(_connector.ServiceUrl, Outbound("hi") with { ReplyToId = "f:1;messageid=9" }, CancellationToken.None);

        Assert.Equal($"/amer/v3/conversations/{Encoded}/activities/f%3A1%3Bmessageid%3D9", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Update_PutsTheFullActivityAtItsId()
    {
        var updated = await Client.UpdateActivityAsync(_connector.ServiceUrl, Outbound("edited") with { Id = "1:reply@x" }, CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("PUT", $"/amer/v3/conversations/{Encoded}/activities/1%3Areply%40x"), (request.Method, request.RawTarget));
        Assert.Equal("1:reply@x", (string?)request.Json["id"]);
        Assert.Equal("edited", (string?)request.Json["text"]);
        Assert.NotNull(updated.Id);
    }

    [Fact]
    public async Task Delete_SendsDeleteToTheActivity()
    {
        await Client.DeleteActivityAsync(_connector.ServiceUrl, ConnectorSetup.ConversationId, "1:reply@x", CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("DELETE", $"/amer/v3/conversations/{Encoded}/activities/1%3Areply%40x"), (request.Method, request.RawTarget));
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task Typing_IsASendOfATypingActivity()
    {
        await Client.SendTypingAsync(_connector.ServiceUrl, Outbound(null), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.EndsWith("/activities", request.RawTarget, StringComparison.Ordinal);
        Assert.Equal("typing", (string?)request.Json["type"]);
    }

    [Fact]
    public async Task CreateConversation_PostsParametersAndReturnsTheNewConversation()
    {
        _connector.Then(201, body: """{"id":"a:new-1on1","activityId":"x1"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = ConnectorSetup.BotId },
            Members = [new ChannelAccount { Id = ConnectorSetup.UserId }],
            TenantId = "tenant-1",
        };

        var created = await Client.CreateConversationAsync(_connector.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("POST", "/amer/v3/conversations"), (request.Method, request.RawTarget));
        Assert.Equal(ConnectorSetup.UserId, (string?)request.Json["members"]![0]!["id"]);
        Assert.False((bool)request.Json["isGroup"]!);
        Assert.Equal("a:new-1on1", created.Id);
    }

    [Fact]
    public async Task Send_WhenTheConnectorRefuses_ThrowsWithStatusAndCorrelationId()
    {
        _connector.Then(403, body: """{"error":{"code":"MessageWritesBlocked"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(_connector.ServiceUrl, Outbound("hi"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal("corr-1", error.CorrelationId);
    }

    [Fact]
    public async Task Send_WhenTheChannelAnswersWithoutJson_StillSucceeds()
    {
        _connector.Then(202, body: "accepted");

        var sent = await Client.SendToConversationAsync(_connector.ServiceUrl, Outbound("hi"), CancellationToken.None);

        Assert.Null(sent.Id);
    }

    [Fact]
    public async Task Send_WhenCancelledBefore_DoesNotReachTheConnector()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Client.SendToConversationAsync(_connector.ServiceUrl, Outbound("hi"), new CancellationToken(canceled: true)));

        Assert.Empty(_connector.Requests);
    }

    private static Activity Outbound(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount { Id = ConnectorSetup.BotId },
        Recipient = new ChannelAccount { Id = ConnectorSetup.UserId },
        Conversation = new ConversationAccount { Id = ConnectorSetup.ConversationId },
    };
}
