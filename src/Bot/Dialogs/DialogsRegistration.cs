using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CpcCoach.Bot.Dialogs;

public static class DialogsRegistration
{
    /// <summary>
    /// State, the flow library and engine, and the dialog middleware. Call after the middleware that must run
    /// first (redaction, usage): middleware runs in registration order.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddState();
        services.AddOptions<DialogOptions>().BindConfiguration("Dialogs").ValidateDataAnnotations().ValidateOnStart();
        // The knowledge registration owns the instance when present; this keeps dialogs usable on their own.
        services.TryAddSingleton(_ => KnowledgeBase.Load());
        services.TryAddSingleton<SafetyClassifier>();
        services.TryAddSingleton<Router>();
        services.TryAddSingleton<MessageRouter>();
        services.AddSingleton<DialogActions>();
        services.AddSingleton<FlowLibrary>();
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<DialogCommands>();
        services.AddSingleton<FlowStarter>();
        services.AddSingleton<ITurnMiddleware, DialogMiddleware>();
        services.AddHostedService<DialogStartup>();
        return services;
    }
}
