namespace CpcCoach.Bot.Turns;

public static class TurnRegistration
{
    public static IServiceCollection AddTurns(this IServiceCollection services)
    {
        services.AddOptions<TurnOptions>().BindConfiguration("Turns").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<ReplySenderFactory>();
        return services;
    }
}
