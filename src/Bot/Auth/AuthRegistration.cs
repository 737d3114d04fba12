namespace CpcCoach.Bot.Auth;

public static class AuthRegistration
{
    public static IServiceCollection AddInboundAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotIdentityOptions>().Bind(configuration);
        services.AddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        return services;
    }
}
