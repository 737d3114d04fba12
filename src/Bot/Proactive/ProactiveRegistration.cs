using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

public static class ProactiveRegistration
{
    /// <summary>
    /// Conversation references and debrief reminders. The schedule lives in Redis when <c>State:Redis</c> is set
    /// (shared by instances, survives restarts), else in process memory.
    /// </summary>
    public static IServiceCollection AddProactive(this IServiceCollection services)
    {
        services.AddOptions<ProactiveOptions>().BindConfiguration("Proactive").ValidateDataAnnotations().ValidateOnStart();
        // The schedule follows State:Redis even where AddState is not registered (binding twice is harmless: scalars only).
        services.AddOptions<StateOptions>().BindConfiguration("State");
        services.AddSingleton<ConversationReferences>();
        // Registered by AddState too; the schedule shares its one multiplexer when both are present.
        services.TryAddSingleton<RedisConnection>();
        services.AddSingleton<IReminderStore>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<StateOptions>>().Value.Redis)
            ? new MemoryReminderStore()
            : ActivatorUtilities.CreateInstance<RedisReminderStore>(sp));
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService<ReminderScheduler>();
        services.AddSingleton<ITurnMiddleware, ReferenceMiddleware>();
        services.AddSingleton<ITurnMiddleware, ReminderCommands>();
        services.AddSingleton(sp => new UserDataEraser("debrief reminders and conversation reference", (user, ct) => EraseAsync(sp, user, ct)));
        return services;
    }

    private static async Task EraseAsync(IServiceProvider services, UsageUser user, CancellationToken cancellationToken)
    {
        var hasObjectId = user.UserId != user.ChannelUserId;
        var tenant = user.Tenant.StartsWith("channel:", StringComparison.Ordinal) ? null : user.Tenant;
        var userKey = hasObjectId ? $"{tenant ?? "none"}:{user.UserId}" : $"{user.ChannelId}:{user.ChannelUserId}";
        await services.GetRequiredService<IReminderStore>().CancelAsync(Reminder.UserIndexOf(userKey), cancellationToken).ConfigureAwait(false);
        if (user.ConversationId is { } conversationId)
        {
            await services.GetRequiredService<ConversationReferences>().RemoveAsync(tenant, conversationId, cancellationToken).ConfigureAwait(false);
        }
    }
}
