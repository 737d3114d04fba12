using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CpcCoach.Bot.Auth;

/// <summary>Tokens from Azure Bot Service and Teams (brief §2.2): every check is mandatory.</summary>
internal sealed class ChannelTokens(SigningKeys keys, IOptions<AuthOptions> options)
{
    public bool Issued(string issuer) => options.Value.EffectiveChannelIssuers.Contains(issuer, StringComparer.Ordinal);

    public async Task<AuthOutcome> ValidateAsync(string token, string appId, Activity activity, CancellationToken cancellationToken)
    {
        var auth = options.Value;
        var validated = await keys.ValidateAsync(
            token,
            auth.ChannelOpenIdMetadataUrl,
            configuration => TokenRules.Parameters(auth.EffectiveChannelIssuers, appId, auth.ClockSkew, configuration),
            cancellationToken).ConfigureAwait(false);
        if (!validated.Result.IsValid)
        {
            return AuthOutcome.Fail(TokenRules.Describe(validated.Result.Exception));
        }

        var jwt = (JsonWebToken)validated.Result.SecurityToken;

        // The SDK lets a missing channelId pass the endorsement check; we do not (brief §2.3).
        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return AuthOutcome.Fail("Activity has no channelId, so the token's endorsement cannot be checked.");
        }

        if (!Endorsements.Endorse(validated.Configuration, jwt.SigningKey?.KeyId, activity.ChannelId))
        {
            return AuthOutcome.Fail("Token signing key is not endorsed for the activity's channel.");
        }

        // Binds the token to the URL our replies (and our bearer token) will go to (pitfall 6).
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || string.IsNullOrEmpty(activity.ServiceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Fail("Token serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthOutcome.Success(new CallerIdentity(IsAuthenticated: true, auth.CallerId, appId));
    }
}
