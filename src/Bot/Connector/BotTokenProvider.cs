using CpcCoach.Bot.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace CpcCoach.Bot.Connector;

/// <summary>
/// The bot's outbound token (brief §2.6, §3.2). One MSAL application per process, because MSAL's app-token
/// cache lives in the instance; every call asks MSAL, which answers from cache until shortly before expiry.
/// </summary>
internal sealed class BotTokenProvider(IOptions<BotIdentityOptions> identity, IOptions<ConnectorOptions> options, IMsalHttpClientFactory http)
{
    private readonly Lazy<Func<bool, CancellationToken, Task<AuthenticationResult>>?> _acquire =
        new(() => Build(identity.Value, options.Value, http), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when an app id is configured; without one the bot runs with auth off and sends no token.</summary>
    public bool Enabled => identity.Value.AuthEnabled;

    /// <summary>The access token, or null when auth is off. <paramref name="forceRefresh"/> skips MSAL's cache (after a 401).</summary>
    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_acquire.Value is not { } acquire)
        {
            return null;
        }

        var result = await acquire(forceRefresh, cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private static Func<bool, CancellationToken, Task<AuthenticationResult>>? Build(
        BotIdentityOptions identity, ConnectorOptions options, IMsalHttpClientFactory http)
    {
        if (!identity.AuthEnabled)
        {
            return null;
        }

        var appId = identity.MicrosoftAppId!.Trim();
        var type = identity.MicrosoftAppType?.Trim();
        if (string.Equals(type, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            var resource = options.Scope.EndsWith("/.default", StringComparison.Ordinal) ? options.Scope[..^"/.default".Length] : options.Scope;
            var msi = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(http)
                .Build();
            return (force, ct) => msi.AcquireTokenForManagedIdentity(resource).WithForceRefresh(force).ExecuteAsync(ct);
        }

        var tenant = type switch
        {
            _ when string.Equals(type, "MultiTenant", StringComparison.OrdinalIgnoreCase) => options.MultiTenantTenant,
            // Pitfall 2: a single-tenant bot asking the botframework.com tenant gets AADSTS700016.
            _ when string.Equals(type, "SingleTenant", StringComparison.OrdinalIgnoreCase) =>
                Required(identity.MicrosoftAppTenantId, "MicrosoftAppTenantId", "SingleTenant"),
            _ => throw new InvalidOperationException(
                $"MicrosoftAppType '{type}' is not supported; use SingleTenant, MultiTenant or UserAssignedMSI."),
        };
        var secret = Required(identity.MicrosoftAppPassword, "MicrosoftAppPassword", type!);
        var app = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(secret)
            .WithAuthority($"{options.LoginAuthorityHost.TrimEnd('/')}/{tenant}", validateAuthority: options.LoginInstanceDiscovery)
            .WithInstanceDiscovery(options.LoginInstanceDiscovery)
            .WithHttpClientFactory(http)
            .Build();
        string[] scopes = [options.Scope];
        return (force, ct) => app.AcquireTokenForClient(scopes).WithForceRefresh(force).ExecuteAsync(ct);
    }

    private static string Required(string? value, string key, string appType) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException($"{key} is required when MicrosoftAppType is {appType}; set it in the environment or user secrets.")
            : value.Trim();
}
