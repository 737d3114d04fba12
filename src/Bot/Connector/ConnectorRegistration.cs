using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CpcCoach.Bot.Connector;

public static class ConnectorRegistration
{
    /// <summary>
    /// The outbound path: ConnectorClient → deadline/retry/attempt-timeout (Polly) → token + allow-list → network.
    /// Credentials are the root keys of <see cref="Auth.BotIdentityOptions"/>; the rest is section "Connector".
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<TokenAllowList>();
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<BotTokenProvider>();
        services.AddTransient<BotAuthorizationHandler>();
        services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<ConversationGate>(), sp.GetRequiredService<ILogger<ConnectorClient>>()));

        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        var connector = services.AddHttpClient(ConnectorClient.HttpClientName, client =>
        {
            // Polly owns every deadline, on the injectable clock; HttpClient's own timer would bypass it.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        });

        // Handlers run in the order added: every attempt Polly makes passes through the token handler.
        connector.AddResilienceHandler("connector", (builder, context) => ConnectorResilience.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient))));
        connector.AddHttpMessageHandler<BotAuthorizationHandler>();
        return services;
    }

    // The Connector's support staff recognise Bot Framework clients by this product token (brief §3.1).
    private static readonly string UserAgent =
        $"CpcCoach/{typeof(ConnectorRegistration).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} Microsoft-BotFramework/3.1";
}
