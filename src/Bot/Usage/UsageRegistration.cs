using System.Security.Cryptography;
using CpcCoach.Bot.Health;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Usage;

public static class UsageRegistration
{
    public static IServiceCollection AddUsage(this IServiceCollection services)
    {
        services.AddOptions<UsageOptions>().BindConfiguration("Usage").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<UsageOptions>, UsageOptionsValidator>();
        services.AddMetrics();
        services.TryAddSingleton<PhiRedactor>();
        services.AddSingleton(CreatePseudonymizer);
        services.AddSingleton<IUsageStore>(CreateStore);
        services.AddSingleton<UsageSanitizer>();
        services.AddSingleton<OptOuts>();
        services.AddSingleton<UsageQueue>();
        services.AddSingleton<UsageRecorder>();
        services.AddSingleton<UsageWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<UsageWriter>());
        services.AddSingleton<UsageRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<UsageRetention>());
        services.AddSingleton<PrivacyCommands>();
        services.AddSingleton<ITurnMiddleware, UsageMiddleware>();
        services.AddHealthChecks().AddCheck<UsageHealthCheck>("usage", tags: [HealthRegistration.ReadyTag]);
        return services;
    }

    private static Pseudonymizer CreatePseudonymizer(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<UsageOptions>>().Value;
        if (options.PseudonymKey is { Length: > 0 } key)
        {
            return new Pseudonymizer(key, options.PreviousPseudonymKeys);
        }

        // Only reachable in Development: the validator refuses to start anywhere else without a key.
        Log.DevelopmentPseudonymKey(services.GetRequiredService<ILoggerFactory>().CreateLogger("CpcCoach.Bot.Usage"));
        return new Pseudonymizer(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), options.PreviousPseudonymKeys);
    }

    private static SqlUsageStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<UsageOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CpcCoach.Bot.Usage");
        var time = services.GetRequiredService<TimeProvider>();
        if (options.Postgres is { Length: > 0 } connectionString)
        {
            Log.UsageStoreProvider(logger, "PostgreSQL");
            return new SqlUsageStore(UsageDialect.Postgres(connectionString), time);
        }

        var folder = Path.GetFullPath(options.DataFolder, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        Directory.CreateDirectory(folder);
        Log.UsageStoreProvider(logger, "SQLite " + Path.Combine(folder, SqliteFileName));
        return new SqlUsageStore(UsageDialect.Sqlite(Path.Combine(folder, SqliteFileName)), time);
    }

    public const string SqliteFileName = "usage.db";
}
