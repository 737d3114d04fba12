using System.Net;
using System.Security.Cryptography;
using CpcCoach.Bot.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>Channel tokens (brief §2.2): one correct token gets 200, and each broken property alone gets 401.</summary>
public sealed class ChannelTokenTests(AuthTestHost host) : IClassFixture<AuthTestHost>
{
    private async Task<Replies> SendHelp(SecurityTokenDescriptor token, IssuerKey? key = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var chat = host.Conversation();
        return await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(token, key ?? host.ChannelKey, algorithm)));
    }

    private static void AssertRejected(Replies replies, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains(reason, replies.Reason(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(replies.Messages);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task CorrectToken_RunsTheTurn(string algorithm)
    {
        var replies = await SendHelp(host.ChannelToken(), algorithm: algorithm);

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.NotEmpty(replies.Cards);
    }

    [Fact]
    public async Task WrongIssuer_IsRejected()
    {
        var token = host.ChannelToken();
        token.Issuer = "https://api.botframework.com.attacker.example";

        AssertRejected(await SendHelp(token), "issuer");
    }

    [Fact]
    public async Task WrongAudience_IsRejected()
    {
        var token = host.ChannelToken();
        token.Audience = "0b7c1a2d-0000-4000-8000-000000000000";

        AssertRejected(await SendHelp(token), "audience");
    }

    [Fact]
    public async Task ExpiredToken_IsRejected()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = host.ChannelToken();
        (token.IssuedAt, token.NotBefore, token.Expires) = (now.AddHours(-1).UtcDateTime, now.AddHours(-1).UtcDateTime, now.AddMinutes(-6).UtcDateTime);

        AssertRejected(await SendHelp(token), "expired");
    }

    [Fact]
    public async Task TokenExpiredWithinFiveMinutesOfSkew_IsAccepted()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = host.ChannelToken();
        (token.IssuedAt, token.NotBefore, token.Expires) = (now.AddHours(-1).UtcDateTime, now.AddHours(-1).UtcDateTime, now.AddMinutes(-4).UtcDateTime);

        Assert.Equal(HttpStatusCode.OK, (await SendHelp(token)).Status);
    }

    [Fact]
    public async Task NotYetValidToken_IsRejected()
    {
        var now = TimeProvider.System.GetUtcNow();
        var token = host.ChannelToken();
        (token.IssuedAt, token.NotBefore, token.Expires) = (now.AddMinutes(6).UtcDateTime, now.AddMinutes(6).UtcDateTime, now.AddHours(1).UtcDateTime);

        AssertRejected(await SendHelp(token), "not valid yet");
    }

    [Fact]
    public async Task BadSignature_SignedByAnotherKeyUnderThePublishedKid_IsRejected()
    {
        var impostor = new IssuerKey(host.ChannelKey.Kid, RSA.Create(2048));

        AssertRejected(await SendHelp(host.ChannelToken(), impostor), "signature");
    }

    [Fact]
    public async Task TamperedPayload_IsRejected()
    {
        var chat = host.Conversation();
        var token = host.ChannelToken();
        token.Claims["scope"] = "read";
        var parts = LocalOpenIdIssuer.Sign(token, host.ChannelKey).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"read\"", "\"write\"", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        AssertRejected(await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(tampered)), "signature");
    }

    [Fact]
    public async Task AlgNone_IsRejected()
    {
        var chat = host.Conversation();
        var unsigned = LocalOpenIdIssuer.Sign(host.ChannelToken(), key: null);
        Assert.Contains("\"alg\":\"none\"", Base64UrlEncoder.Decode(unsigned.Split('.')[0]), StringComparison.Ordinal);

        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(unsigned));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
    }

    [Fact]
    public async Task Hs256KeyedWithThePublicKey_IsRejected()
    {
        // The classic algorithm-confusion attack: HMAC over the token with the RSA public key as the secret.
        var publicKey = host.ChannelKey.Rsa.ExportSubjectPublicKeyInfo();
        var token = host.ChannelToken();
        token.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = host.ChannelKey.Kid }, SecurityAlgorithms.HmacSha256);
        var chat = host.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), AuthTestHost.Bearer(new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(token)));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
    }

    [Fact]
    public async Task UnknownKid_IsRejected()
    {
        var unpublished = IssuerKey.Create("never-published", AuthTestHost.ChannelId);

        AssertRejected(await SendHelp(host.ChannelToken(), unpublished), "signing key");
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_IsRejected()
    {
        AssertRejected(await SendHelp(host.ChannelToken(), host.WebChatOnlyKey), "endorsed");
    }

    [Fact]
    public async Task KeyWithoutAnyEndorsements_IsRejected()
    {
        AssertRejected(await SendHelp(host.ChannelToken(), host.UnendorsedKey), "endorsed");
    }

    [Fact]
    public async Task ActivityWithoutChannelId_IsRejected()
    {
        var chat = host.Conversation();
        var activity = chat.Message("help");
        activity.Remove("channelId");

        var replies = await chat.PostAuthorized(activity, AuthTestHost.Bearer(LocalOpenIdIssuer.Sign(host.ChannelToken(), host.ChannelKey)));

        AssertRejected(replies, "channelId");
    }

    [Fact]
    public async Task ServiceUrlClaimDifferentFromServiceUrl_IsRejected()
    {
        AssertRejected(await SendHelp(host.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/amer/")), "serviceurl");
    }

    [Fact]
    public async Task ServiceUrlClaimMissing_IsRejected()
    {
        var token = host.ChannelToken();
        token.Claims.Remove("serviceurl");

        AssertRejected(await SendHelp(token), "serviceurl");
    }

    [Fact]
    public async Task ServiceUrlClaimInOtherCase_IsAccepted()
    {
        var replies = await SendHelp(host.ChannelToken(serviceUrl: AuthTestHost.ServiceUrl.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
    }
}
