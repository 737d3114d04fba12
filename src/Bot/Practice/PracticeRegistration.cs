using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;

namespace CpcCoach.Bot.Practice;

public static class PracticeRegistration
{
    /// <summary>
    /// Scenarios (validated at startup: a broken file stops the app naming file, line and fix), the engine, and the
    /// practice middleware. Call after AddDialogs(): middleware runs in registration order, inside the dialog lock.
    /// </summary>
    public static IServiceCollection AddPractice(this IServiceCollection services)
    {
        services.AddSingleton(_ => ScenarioLibrary.Load());
        services.AddSingleton(sp => new FeedbackBuilder(sp.GetRequiredService<KnowledgeBase>(), sp.GetRequiredService<ScenarioLibrary>()));
        services.AddSingleton<PracticeStore>();
        // The educators' rubric ledger is usage-derived: the daily usage retention pass trims it too.
        services.AddSingleton<IRetainedUsageData>(sp => sp.GetRequiredService<PracticeStore>());
        services.AddSingleton<PracticeInsights>();
        services.AddSingleton<PersonaVoice>();
        services.AddSingleton<PracticeEngine>();
        services.AddSingleton<ITurnMiddleware, PracticeMiddleware>();
        services.AddSingleton(sp => new UserDataEraser("practice progress", (user, ct) =>
            sp.GetRequiredService<PracticeStore>().EraseAsync(sp.GetRequiredService<Pseudonymizer>().All(user), ct)));
        services.AddHostedService<PracticeStartup>();
        return services;
    }
}

/// <summary>Loads the scenarios when the host starts, so a broken file fails startup rather than the first practice turn.</summary>
internal sealed class PracticeStartup(ScenarioLibrary library) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => library.All.Count > 0 ? Task.CompletedTask : throw new InvalidOperationException("No practice scenarios were found in dialogs/scenarios.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
