using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Auth;

/// <summary>Inbound auth decision tree (brief §2.1). Skill (bot-to-bot) tokens are not accepted.</summary>
internal sealed class InboundAuthenticator(
    IOptions<BotIdentityOptions> identity,
    ChannelTokens channel,
    EmulatorTokens emulator,
    ILogger<InboundAuthenticator> logger) : IInboundAuthenticator
{
    public async Task<AuthOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var appId = identity.Value.MicrosoftAppId;
        if (string.IsNullOrWhiteSpace(appId))
        {
            // Auth off (Emulator, local web chat). A token here cannot be checked: there is no audience to check it for.
            return authorizationHeader is null
                ? AuthOutcome.Success(CallerIdentity.Anonymous)
                : AuthOutcome.Fail("This bot has no MicrosoftAppId, so it cannot check tokens; send no Authorization header.");
        }

        if (authorizationHeader is null)
        {
            return AuthOutcome.Fail("Authorization header is missing.");
        }

        if (!BearerHeader.TryRead(authorizationHeader, out var token, out var issuer))
        {
            return AuthOutcome.Fail("Authorization header must be 'Bearer <JWT>'.");
        }

        // The path, and with it the metadata URL, follows from our own issuer lists; an unknown issuer is refused
        // before any key is fetched, so a token can neither choose where we look nor make us fetch.
        string path;
        AuthOutcome outcome;
        try
        {
            (path, outcome) = channel.Issued(issuer) ? ("channel", await channel.ValidateAsync(token, appId, activity, cancellationToken).ConfigureAwait(false))
                : emulator.Issued(issuer) ? ("emulator", await emulator.ValidateAsync(token, appId, cancellationToken).ConfigureAwait(false))
                : ("none", AuthOutcome.Fail("Token issuer is not trusted."));
        }
        catch (SigningKeysUnavailableException)
        {
            // Not the caller's fault: the channel retries a 503, and a later attempt finds the keys.
            return AuthOutcome.KeysUnavailable();
        }

        if (outcome.Succeeded)
        {
            Log.CallerAuthenticated(logger, path, activity.Conversation?.Id);
        }
        else
        {
            Log.TokenRejected(logger, path, activity.Conversation?.Id, outcome.Failure);
        }

        return outcome;
    }
}
