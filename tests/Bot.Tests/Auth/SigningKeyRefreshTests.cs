using System.Net;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>
/// Keys roll without notice (pitfall 4): an unknown kid triggers one refresh, and a rotated key is then accepted.
/// Each test owns its bot, so the key fetches it counts are its own.
/// </summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _app = _host.Configure(new BotApp()).WithServices(s => s.AddSingleton<TimeProvider>(_time));
    }

    private async Task SendHelp(IssuerKey key, HttpStatusCode expected)
    {
        var chat = _app.Conversation(channelId: AuthTestHost.ChannelId);
        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(_host.ChannelToken(), key)));
        Assert.True(replies.Status == expected, $"Expected {expected} for key {key.Kid}, got {replies.Status}: {replies.Body}");
    }

    [Fact]
    public async Task IssuerOutage_BeforeAnyKeyIsKnown_Gets503WithRetryAfter_NotAServerError()
    {
        _host.Channel.Down = true;
        var chat = _app.Conversation(channelId: AuthTestHost.ChannelId);
        var token = AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(_host.ChannelToken(), _host.ChannelKey));

        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(chat.Message("help").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", token);
            using var response = await chat.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Contains("signing keys", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        }

        Assert.True(_host.Channel.MetadataRequests >= 1, "the bot never asked the issuer for its metadata");
    }

    [Fact]
    public async Task RotatedKey_IsPickedUpAfterOneRefresh()
    {
        await SendHelp(_host.ChannelKey, HttpStatusCode.OK);
        Assert.Equal(1, _host.Channel.KeysRequests);

        var rotated = _host.Channel.Publish(IssuerKey.Create("channel-2", AuthTestHost.ChannelId));
        _host.Channel.Withdraw(_host.ChannelKey);

        await SendHelp(rotated, HttpStatusCode.OK);
        Assert.Equal(2, _host.Channel.KeysRequests);
        await SendHelp(rotated, HttpStatusCode.OK);
        Assert.Equal(2, _host.Channel.KeysRequests);
    }

    [Fact]
    public async Task KnownKeys_AreNotFetchedAgainPerRequest()
    {
        for (var i = 0; i < 5; i++)
        {
            await SendHelp(_host.ChannelKey, HttpStatusCode.OK);
        }

        Assert.Equal(1, _host.Channel.MetadataRequests);
        Assert.Equal(1, _host.Channel.KeysRequests);
    }

    [Fact]
    public async Task MadeUpKids_CannotForceARefreshPerRequest()
    {
        await SendHelp(_host.ChannelKey, HttpStatusCode.OK);

        for (var i = 0; i < 5; i++)
        {
            await SendHelp(IssuerKey.Create($"made-up-{i}", AuthTestHost.ChannelId), HttpStatusCode.Unauthorized);
        }

        // The first unknown kid refreshes at once; later ones wait for Auth:UnknownKeyRefreshInterval (5 minutes).
        Assert.Equal(2, _host.Channel.KeysRequests);
    }

    [Fact]
    public async Task AfterTheRefreshInterval_AnotherUnknownKidRefreshesAgain()
    {
        await SendHelp(IssuerKey.Create("made-up", AuthTestHost.ChannelId), HttpStatusCode.Unauthorized);
        var rotated = _host.Channel.Publish(IssuerKey.Create("channel-2", AuthTestHost.ChannelId));

        _time.Advance(TimeSpan.FromMinutes(4));
        await SendHelp(rotated, HttpStatusCode.Unauthorized);
        _time.Advance(TimeSpan.FromMinutes(1));
        await SendHelp(rotated, HttpStatusCode.OK);

        Assert.Equal(3, _host.Channel.KeysRequests);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _host.DisposeAsync();
    }
}
