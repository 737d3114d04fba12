using System.Net;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>
/// The token never chooses where keys come from (brief §2.1): an unknown issuer is refused before any key fetch,
/// even when its own metadata would vouch for it.
/// </summary>
public sealed class IssuerRoutingTests : IAsyncLifetime
{
    private readonly AuthTestHost _host = new();
    private LocalOpenIdIssuer _attacker = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _attacker = await LocalOpenIdIssuer.StartAsync();
        _app = _host.Configure(new BotApp());
    }

    [Fact]
    public async Task UnknownIssuer_IsRejectedWithoutFetchingAnyKeys()
    {
        var attackerKey = _attacker.Publish(IssuerKey.Create("attacker-1", AuthTestHost.ChannelId));
        var token = _host.ChannelToken();
        token.Issuer = _attacker.BaseUrl;
        var chat = _app.Conversation(channelId: AuthTestHost.ChannelId);

        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(token, attackerKey)));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("issuer", replies.Reason(), StringComparison.Ordinal);
        Assert.Equal(0, _attacker.MetadataRequests + _attacker.KeysRequests);
        Assert.Equal(0, _host.Channel.MetadataRequests + _host.Entra.MetadataRequests);
    }

    [Fact]
    public async Task ChannelIssuer_UsesOnlyTheChannelMetadata()
    {
        var chat = _app.Conversation(channelId: AuthTestHost.ChannelId);

        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(_host.ChannelToken(), _host.ChannelKey)));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.Equal(1, _host.Channel.MetadataRequests);
        Assert.Equal(0, _host.Entra.MetadataRequests);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _attacker.DisposeAsync();
        await _host.DisposeAsync();
    }
}
