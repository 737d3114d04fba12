using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Coaching;

public static class CoachingRegistration
{
    public static IServiceCollection AddCoaching(this IServiceCollection services)
    {
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<Welcome>();
        services.AddSingleton(new InvokeHandlers());
        services.AddSingleton<IBot, CoachBot>();
        return services;
    }
}
