namespace CpcCoach.Bot.Connector;

public static class ConnectorRegistration
{
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddHttpClient<ConnectorClient>();
        return services;
    }
}
