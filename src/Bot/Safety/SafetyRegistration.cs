using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CpcCoach.Bot.Safety;

public static class SafetyRegistration
{
    /// <summary>
    /// Identifier redaction as the first turn middleware: register right after AddTurns() so nothing registered
    /// later (mention stripping, usage, routing, the model) ever sees a patient identifier.
    /// </summary>
    public static IServiceCollection AddSafety(this IServiceCollection services)
    {
        services.TryAddSingleton<PhiRedactor>();
        services.TryAddSingleton<SafetyClassifier>();
        services.AddSingleton<ITurnMiddleware, RedactionMiddleware>();
        return services;
    }
}
