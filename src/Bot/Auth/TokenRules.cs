using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CpcCoach.Bot.Auth;

/// <summary>The checks every inbound token gets (brief §2.2, §2.8), and short reasons for a 401 that never echo the token.</summary>
internal static class TokenRules
{
    // The Bot Framework signs with RSA; anything else (none, HS256 keyed with our public key, PS*) is refused.
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static TokenValidationParameters Parameters(IEnumerable<string> issuers, string appId, TimeSpan clockSkew, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = [appId],
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = clockSkew,
        ValidAlgorithms = Algorithms,
        IssuerSigningKeys = configuration.SigningKeys,

        // The kid must name a published key: trying every key would hide a rotation we should refresh for.
        TryAllIssuerSigningKeys = false,
    };

    public static string Describe(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "Token has expired.",
        SecurityTokenNotYetValidException => "Token is not valid yet.",
        SecurityTokenNoExpirationException => "Token has no expiry.",
        SecurityTokenInvalidAudienceException => "Token audience is not this bot's app id.",
        SecurityTokenInvalidIssuerException => "Token issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "Token signing key is not published by the issuer.",
        SecurityTokenInvalidAlgorithmException => "Token signing algorithm is not allowed.",
        SecurityTokenInvalidSignatureException => "Token signature is invalid.",
        SecurityTokenMalformedException => "Token is malformed.",
        _ => "Token is invalid.",
    };
}
