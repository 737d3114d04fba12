using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Validators;

namespace CpcCoach.Bot.Auth;

/// <summary>
/// Entra-issued tokens from the Bot Framework Emulator, v1 (<c>appid</c>) and v2 (<c>azp</c>), brief §2.4.
/// The Emulator signs with the bot's own credentials, so the caller app id must be ours: tokens from other bots
/// (skills, §2.5) are refused here rather than half-supported.
/// </summary>
internal sealed class EmulatorTokens(SigningKeys keys, IOptions<AuthOptions> options, IOptions<BotIdentityOptions> identity)
{
    public bool Issued(string issuer) => Issuers().Contains(issuer, StringComparer.Ordinal);

    public async Task<AuthOutcome> ValidateAsync(string token, string appId, CancellationToken cancellationToken)
    {
        var auth = options.Value;
        var validated = await keys.ValidateAsync(
            token,
            auth.EmulatorOpenIdMetadataUrl,
            configuration =>
            {
                var parameters = TokenRules.Parameters(Issuers(), appId, auth.ClockSkew, configuration);

                // Checks the token's tid against its issuer and the key's issuer; the library reads both from the
                // metadata, which it only gets when it is handed over explicitly like this.
                parameters.EnableAadSigningKeyIssuerValidation();
                var aad = parameters.IssuerSigningKeyValidatorUsingConfiguration!;
                parameters.IssuerSigningKeyValidatorUsingConfiguration = (key, securityToken, p, _) => aad(key, securityToken, p, configuration);
                return parameters;
            },
            cancellationToken).ConfigureAwait(false);
        if (!validated.Result.IsValid)
        {
            return AuthOutcome.Fail(TokenRules.Describe(validated.Result.Exception));
        }

        var jwt = (JsonWebToken)validated.Result.SecurityToken;
        var callerClaim = (jwt.TryGetClaim("ver", out var ver) ? ver.Value : null) switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (callerClaim is null)
        {
            return AuthOutcome.Fail("Token version is not supported.");
        }

        if (!jwt.TryGetClaim(callerClaim, out var caller) || !string.Equals(caller.Value, appId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Fail("Token was issued to another app; tokens from other bots are not accepted.");
        }

        return AuthOutcome.Success(new CallerIdentity(IsAuthenticated: true, auth.CallerId, appId));
    }

    private IEnumerable<string> Issuers()
    {
        var tenantId = identity.Value.MicrosoftAppTenantId;
        var ownTenant = string.Equals(identity.Value.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(tenantId)
            ? options.Value.EffectiveTenantIssuerTemplates.Select(t => t.Replace("{tenantId}", tenantId, StringComparison.Ordinal))
            : [];
        return options.Value.EffectiveEmulatorIssuers.Concat(ownTenant);
    }
}
