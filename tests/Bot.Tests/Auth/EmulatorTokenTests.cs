using System.Net;
using CpcCoach.Bot.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>Entra-issued Emulator tokens (brief §2.4): v1 carries the app id in appid, v2 in azp, and it must be ours.</summary>
public sealed class EmulatorTokenTests(AuthTestHost host) : IClassFixture<AuthTestHost>
{
    private async Task<Replies> SendHelp(SecurityTokenDescriptor token)
    {
        var chat = host.Conversation(channelId: "emulator");
        return await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(token, host.EntraKey)));
    }

    [Fact]
    public async Task V1Token_WithOurAppId_IsAccepted()
    {
        var replies = await SendHelp(host.EmulatorV1Token());

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.NotEmpty(replies.Cards);
    }

    [Fact]
    public async Task V1Token_WithoutVer_IsReadAsV1()
    {
        var token = host.EmulatorV1Token();
        token.Claims.Remove("ver");

        Assert.Equal(HttpStatusCode.OK, (await SendHelp(token)).Status);
    }

    [Fact]
    public async Task V2Token_WithOurAppId_IsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendHelp(host.EmulatorV2Token())).Status);
    }

    [Fact]
    public async Task V1Token_ForAnotherApp_IsRejected()
    {
        var replies = await SendHelp(host.EmulatorV1Token(appId: "9e8d7c6b-0000-4000-8000-000000000001"));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("another app", replies.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V2Token_ForAnotherApp_IsRejected()
    {
        var replies = await SendHelp(host.EmulatorV2Token(appId: "9e8d7c6b-0000-4000-8000-000000000001"));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("another app", replies.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V2Token_WithAppIdOnlyInTheV1Claim_IsRejected()
    {
        var token = host.EmulatorV2Token();
        token.Claims.Remove("azp");
        token.Claims["appid"] = AuthTestHost.AppId;

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendHelp(token)).Status);
    }

    [Fact]
    public async Task UnknownVersion_IsRejected()
    {
        var token = host.EmulatorV2Token();
        token.Claims["ver"] = "3.0";

        var replies = await SendHelp(token);

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("version", replies.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongAudience_IsRejected()
    {
        var token = host.EmulatorV2Token();
        token.Audience = "https://api.botframework.com";

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendHelp(token)).Status);
    }

    [Fact]
    public async Task TenantClaimThatDisagreesWithTheIssuer_IsRejected()
    {
        var token = host.EmulatorV2Token();
        token.Claims["tid"] = AuthTestHost.OwnTenant;

        Assert.Equal(HttpStatusCode.Unauthorized, (await SendHelp(token)).Status);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task OwnTenantIssuer_IsAcceptedForASingleTenantBot(int version)
    {
        var token = version == 1 ? host.EmulatorV1Token(tenant: AuthTestHost.OwnTenant) : host.EmulatorV2Token(tenant: AuthTestHost.OwnTenant);

        Assert.Equal(HttpStatusCode.OK, (await SendHelp(token)).Status);
    }

    [Fact]
    public async Task OtherTenantIssuer_IsRejected()
    {
        var replies = await SendHelp(host.EmulatorV2Token(tenant: "11111111-2222-4333-8444-555555555555"));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("issuer", replies.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelKey_CannotSignEmulatorTokens()
    {
        var chat = host.Conversation(channelId: "emulator");

        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(host.EmulatorV2Token(), host.ChannelKey)));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
    }
}
