using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CpcCoach.Bot.Auth;

public static class AuthRegistration
{
    private const string NoAppIdInProduction =
        "MicrosoftAppId is empty, which turns inbound auth off; that is refused in Production. " +
        "Set MicrosoftAppId (with MicrosoftAppPassword and MicrosoftAppTenantId), or use ASPNETCORE_ENVIRONMENT=Development for the Emulator.";

    public static IServiceCollection AddInboundAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotIdentityOptions>()
            .Bind(configuration)
            .Validate<IHostEnvironment>((identity, environment) => identity.AuthEnabled || !environment.IsProduction(), NoAppIdInProduction)
            .ValidateOnStart();
        services.AddOptions<AuthOptions>()
            .BindConfiguration("Auth")
            .ValidateDataAnnotations()
            .Validate(
                auth => IsMetadataUrl(auth.ChannelOpenIdMetadataUrl, auth.RequireHttpsMetadata) && IsMetadataUrl(auth.EmulatorOpenIdMetadataUrl, auth.RequireHttpsMetadata),
                "Auth:ChannelOpenIdMetadataUrl and Auth:EmulatorOpenIdMetadataUrl must be absolute https URLs (http only with Auth:RequireHttpsMetadata=false).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<ChannelTokens>();
        services.AddSingleton<EmulatorTokens>();
        services.AddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        services.AddHostedService<AuthStartupCheck>();
        return services;
    }

    private static bool IsMetadataUrl(string url, bool requireHttps) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp));
}
