using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Teams;

public static class TeamsRegistration
{
    /// <summary>Teams behaviour around every turn: mention stripping first, then uninstall clean-up.</summary>
    public static IServiceCollection AddTeams(this IServiceCollection services)
    {
        services.AddSingleton<ITurnMiddleware, MentionMiddleware>();
        services.AddSingleton<ITurnMiddleware, InstallationMiddleware>();
        return services;
    }
}
