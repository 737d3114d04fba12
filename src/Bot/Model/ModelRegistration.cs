using Azure.Core;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Model;

public static class ModelRegistration
{
    /// <summary>
    /// The chat model chosen by section "Model" (None by default), its HTTP client behind retries, circuit breaker and
    /// attempt timeout on the injected clock, and the grounded answerer the message handler calls.
    /// </summary>
    public static IServiceCollection AddModel(this IServiceCollection services)
    {
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ModelOptions>, ModelOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => KnowledgeBase.Load());
        services.TryAddSingleton<PhiRedactor>();
        services.TryAddSingleton<SafetyClassifier>();

        services.AddHttpClient(ModelClients.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // One long-lived client per model; pooled connections still rotate, so DNS changes are picked up.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("model", (builder, context) => ModelResilience.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<ModelOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>(),
                context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GroundedAnswerer))));

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ModelOptions>>().Value;
            if (!options.Enabled)
            {
                return (IChatModel)new NoChatModel();
            }

            Log.ModelConfigured(sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GroundedAnswerer)), options.Provider.ToString(), options.Deployment ?? options.Model ?? string.Empty);
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(ModelClients.HttpClientName);
            // A TokenCredential in DI (tests, or a host that shares one) wins over the default Entra chain.
            return ModelClients.Create(options, http, sp.GetService<TokenCredential>());
        });
        services.AddSingleton<GroundedAnswerer>();
        return services;
    }
}
