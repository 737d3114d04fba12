using System.Globalization;
using System.Net;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Connector;

/// <summary>The retry policy of brief §3.3, on a fake clock: which answers are retried, how long it waits, and when it stops.</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private static readonly TimeSpan RetryWaits = TimeSpan.FromMinutes(1);

    private readonly ConnectorClock _clock = new();
    private readonly BotApp _app;
    private FakeConnector _connector = null!;

    public ConnectorRetryTests() => _app = new BotApp().OnClock(_clock);

    private ConnectorClient Client => _app.Services.GetRequiredService<ConnectorClient>();

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _clock.DisposeAppAsync(_app);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    public async Task Send_AfterATransientAnswer_RetriesAndSucceeds(int status)
    {
        _connector.Then(status);

        var send = Send();
        await _clock.AdvancePastNextDelayAsync(RetryWaits);
        var sent = await send;

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("activity-2", sent.Id);
    }

    [Fact]
    public async Task Send_WhenTheConnectorKeepsFailing_GivesUpAfterThreeRetries()
    {
        _connector.ThenRepeatedly(500, 10);

        var send = Send();
        var waits = new List<TimeSpan>();
        for (var retry = 0; retry < 3; retry++)
        {
            waits.Add(await _clock.AdvancePastNextDelayAsync(RetryWaits));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => send);
        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(4, _connector.Requests.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(20)));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    [InlineData(501)]
    public async Task Send_AfterAPermanentAnswer_FailsWithoutRetrying(int status)
    {
        _connector.Then(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send());

        Assert.Equal(status, (int)error.Status);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_WithRetryAfterSeconds_WaitsExactlyThatLong()
    {
        _connector.Then(429, retryAfter: "3");

        var send = Send();
        var wait = await _clock.NextTimerAsync(d => d > TimeSpan.Zero && d < RetryWaits);
        _clock.Advance(wait - TimeSpan.FromMilliseconds(1));
        var early = _connector.Requests.Count;
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await send;

        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.Equal(1, early);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_WithRetryAfterDate_WaitsUntilThatTimeOnTheInjectedClock()
    {
        var at = _clock.GetUtcNow().AddSeconds(5).ToString("R", CultureInfo.InvariantCulture);
        _connector.Then(503, retryAfter: at);

        var send = Send();
        var wait = await _clock.AdvancePastNextDelayAsync(RetryWaits);
        await send;

        Assert.Equal(TimeSpan.FromSeconds(5), wait);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Send_WithRetryAfterBeyondTheLongestWait_FailsRatherThanRetryingEarly()
    {
        _connector.Then(429, retryAfter: "120");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send());

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Send_WhenAnAttemptTimesOut_RetriesIt()
    {
        var never = new TaskCompletionSource();
        _connector.Then(200, hold: never.Task);

        var send = Send();
        await _connector.WaitForRequestsAsync(1);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _clock.AdvancePastNextDelayAsync(RetryWaits);
        var sent = await send;
        never.SetResult();

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("activity-2", sent.Id);
    }

    [Fact]
    public async Task Send_WhenCancelledDuringTheRetryWait_StopsWithoutAnotherAttempt()
    {
        _connector.Then(503, retryAfter: "10");
        using var cancel = new CancellationTokenSource();

        var send = Send(cancel.Token);
        await _clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(_connector.Requests);
    }

    private Task<ResourceResponse> Send(CancellationToken cancellationToken = default) =>
        Client.SendToConversationAsync(_connector.ServiceUrl, new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            Conversation = new ConversationAccount { Id = ConnectorSetup.ConversationId },
        }, cancellationToken);
}
