using CpcCoach.Bot.State;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Tests.State;

/// <summary>The state contract on a real redis-server: each instance has its own connection, cache and lease, as separate processes would.</summary>
public sealed class RedisStateStoreTests : StateStoreContract, IAsyncDisposable
{
    private readonly string? _redis = RedisTestServer.ConnectionString();
    private readonly string _prefix = RedisTestServer.NewPrefix();
    private readonly List<RedisConnection> _connections = [];

    protected override (StateStore Store, ConversationLock Lock)? CreateInstance()
    {
        if (_redis is null)
        {
            return null;
        }

        var state = new StateOptions { Redis = _redis, KeyPrefix = _prefix, IdleExpiry = Idle };
        var connection = new RedisConnection(Options.Create(state));
        _connections.Add(connection);
        var cache = new RedisCache(Options.Create(new RedisCacheOptions { ConnectionMultiplexerFactory = () => connection.GetAsync(CancellationToken.None) }));
        var monitor = new TestOptionsMonitor<StateOptions>(state);
        return (new StateStore(cache, monitor, NullLogger<StateStore>.Instance), new ConversationLock(monitor, TimeProvider.System, new RedisLease(connection)));
    }

    protected override async Task<TimeSpan?> TimeToLiveAsync(StateStore store, string key)
    {
        var connection = await _connections[0].GetAsync(CancellationToken.None);
        return await connection.GetDatabase().KeyTimeToLiveAsync(key);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
