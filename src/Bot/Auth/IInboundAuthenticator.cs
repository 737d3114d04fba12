using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Auth;

/// <summary>Validates the Authorization header of an inbound activity (brief §2).</summary>
public interface IInboundAuthenticator
{
    Task<AuthOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
