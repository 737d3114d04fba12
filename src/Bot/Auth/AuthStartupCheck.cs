using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Auth;

/// <summary>Says loudly, once at startup, that anyone can post to /api/messages when no app id is configured.</summary>
internal sealed class AuthStartupCheck(IOptions<BotIdentityOptions> identity, IHostEnvironment environment, ILogger<AuthStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!identity.Value.AuthEnabled)
        {
            Log.InboundAuthDisabled(logger, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
