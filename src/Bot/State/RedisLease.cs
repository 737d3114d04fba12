using StackExchange.Redis;

namespace CpcCoach.Bot.State;

/// <summary>SET NX PX to acquire; compare-and-delete in one Lua script to release, so a lapsed lease is never freed by its old owner.</summary>
internal sealed class RedisLease(RedisConnection connection) : IConversationLease
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    public async Task<bool> TryAcquireAsync(string key, string token, TimeSpan ttl, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var db = (await connection.GetAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
        return await db.StringSetAsync(key, token, ttl, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReleaseAsync(string key, string token, CancellationToken cancellationToken)
    {
        var db = (await connection.GetAsync(cancellationToken).ConfigureAwait(false)).GetDatabase();
        await db.ScriptEvaluateAsync(ReleaseScript, [key], [token]).WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
