using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.State;

public static class StateRegistration
{
    /// <summary>
    /// State through IDistributedCache: process memory by default, Redis (shared by instances, with a
    /// cross-instance lease per conversation) when <c>State:Redis</c> is set. Replaces any earlier cache registration.
    /// </summary>
    public static IServiceCollection AddState(this IServiceCollection services)
    {
        services.AddOptions<StateOptions>().BindConfiguration("State").ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IDistributedCache>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StateOptions>>().Value;
            if (string.IsNullOrWhiteSpace(options.Redis))
            {
                return new MemoryStateCache(options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MemoryStateCache>>());
            }

            var connection = sp.GetRequiredService<RedisConnection>();
            return new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => connection.GetAsync(CancellationToken.None),
            }));
        });
        services.AddSingleton(sp => new ConversationLock(
            sp.GetRequiredService<IOptionsMonitor<StateOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<StateOptions>>().Value.Redis)
                ? null
                : new RedisLease(sp.GetRequiredService<RedisConnection>())));
        services.AddSingleton<StateStore>();
        // "forget me" (Usage) erases this user's conversation and user state too.
        services.AddSingleton(sp => new Usage.UserDataEraser("conversation state", (user, ct) =>
            sp.GetRequiredService<StateStore>().ForgetUserAsync(user.ChannelId, user.ChannelUserId, ct)));
        return services;
    }
}
