using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Auth;

/// <summary>Inbound auth decision tree (brief §2.1).</summary>
internal sealed class InboundAuthenticator(IOptions<BotIdentityOptions> identity) : IInboundAuthenticator
{
    public Task<AuthOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!identity.Value.AuthEnabled)
        {
            return Task.FromResult(AuthOutcome.Success(CallerIdentity.Anonymous));
        }

        return Task.FromResult(AuthOutcome.Fail("Token validation is not configured."));
    }
}
