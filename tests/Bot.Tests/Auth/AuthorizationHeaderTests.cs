using System.Net;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>The header itself (brief §2.1): absent or malformed means 401 before any token is looked at.</summary>
public sealed class AuthorizationHeaderTests(AuthTestHost host) : IClassFixture<AuthTestHost>
{
    private string ValidToken() => LocalOpenIdIssuer.Sign(host.ChannelToken(), host.ChannelKey);

    [Fact]
    public async Task MissingHeader_WithAnAppId_IsRejected()
    {
        var chat = host.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Contains("missing", replies.Reason(), StringComparison.OrdinalIgnoreCase);
    }

    // HttpClient normalises whitespace in the header, so spacing cases are covered in BearerHeaderTests.
    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("{0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer {0}.extra")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task MalformedHeader_IsRejected(string format)
    {
        var chat = host.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), string.Format(format, ValidToken()));

        Assert.Equal(HttpStatusCode.Unauthorized, replies.Status);
        Assert.Empty(replies.Messages);
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task SchemeIsCaseInsensitive(string scheme)
    {
        var chat = host.Conversation();

        var replies = await chat.PostAuthorized(chat.Message("help"), $"{scheme} {ValidToken()}");

        Assert.Equal(HttpStatusCode.OK, replies.Status);
    }
}
