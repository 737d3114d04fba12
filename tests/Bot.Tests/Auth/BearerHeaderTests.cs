using CpcCoach.Bot.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Tests.Auth;

/// <summary>The header grammar on its own, including spacing that HttpClient would tidy before it reached the bot.</summary>
public sealed class BearerHeaderTests
{
    private static readonly string Token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor { Issuer = "https://api.botframework.com" });

    [Theory]
    [InlineData("Bearer {0}")]
    [InlineData("bearer {0}")]
    [InlineData("BEARER {0}")]
    public void ExactlySchemeSpaceToken_IsRead_AndTheIssuerPeeked(string format)
    {
        Assert.True(BearerHeader.TryRead(string.Format(format, Token), out var token, out var issuer));
        Assert.Equal(Token, token);
        Assert.Equal("https://api.botframework.com", issuer);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer  {0}")]
    [InlineData(" Bearer {0}")]
    [InlineData("Bearer {0} ")]
    [InlineData("Bearer\t{0}")]
    [InlineData("Bearer {0} {0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer, {0}")]
    [InlineData("{0}")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer e30.e30")]
    [InlineData("Bearer !!!.@@@.###")]
    public void AnythingElse_IsNotRead(string format)
    {
        Assert.False(BearerHeader.TryRead(string.Format(format, Token), out var token, out var issuer));
        Assert.Null(token);
        Assert.Null(issuer);
    }
}
