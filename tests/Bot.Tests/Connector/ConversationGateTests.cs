using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>Sends to one conversation go out one at a time, in order; other conversations are not held up.</summary>
public sealed class ConversationGateTests
{
    [Fact]
    public async Task Sends_ToOneConversation_WaitForTheEarlierSendToFinish()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp();
        var client = app.Services.GetRequiredService<ConnectorClient>();
        var release = new TaskCompletionSource();
        connector.Then(200, hold: release.Task);

        var first = client.SendToConversationAsync(connector.ServiceUrl, Message("conv-a", "first"), CancellationToken.None);
        await connector.WaitForRequestsAsync(1);
        var second = client.SendToConversationAsync(connector.ServiceUrl, Message("conv-a", "second"), CancellationToken.None);
        var other = client.SendToConversationAsync(connector.ServiceUrl, Message("conv-b", "other"), CancellationToken.None);
        await other;
        var whileHeld = connector.Requests.Select(r => (string?)r.Json["text"]).ToList();
        release.SetResult();
        await Task.WhenAll(first, second);

        Assert.Equal(["first", "other"], whileHeld);
        Assert.Equal(["first", "other", "second"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Equal(0, app.Services.GetRequiredService<ConversationGate>().ActiveConversations);
    }

    [Fact]
    public async Task Waiting_WhenCancelled_GivesUpItsPlaceAndFreesTheGate()
    {
        var gate = new ConversationGate();
        using var held = await gate.EnterAsync("conv-a", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync("conv-a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, gate.ActiveConversations);
    }

    private static Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = conversationId },
    };
}
