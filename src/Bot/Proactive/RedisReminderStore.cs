using System.Text.Json;
using CpcCoach.Bot.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// The schedule in Redis: a sorted set of ids by due time (ms since the epoch), a hash of ids to reminders, and
/// a set of ids per index. Claim and cancel are Lua scripts, so each runs atomically on the server: ZREM
/// succeeds for exactly one claimer, which is what makes two instances fire a reminder once.
/// All keys share the {reminders} hash tag, so the scripts also work on a Redis cluster.
/// </summary>
internal sealed class RedisReminderStore(RedisConnection connection, IOptions<StateOptions> state, IOptionsMonitor<ProactiveOptions> options)
    : IReminderStore
{
    private const string ScheduleScript = """
        redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
        for i = 3, #KEYS do
          redis.call('SADD', KEYS[i], ARGV[1])
          redis.call('PEXPIRE', KEYS[i], ARGV[4])
        end
        return 1
        """;

    private const string ClaimScript = """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
        local claimed = {}
        for _, id in ipairs(ids) do
          if redis.call('ZREM', KEYS[1], id) == 1 then
            local value = redis.call('HGET', KEYS[2], id)
            redis.call('HDEL', KEYS[2], id)
            if value then table.insert(claimed, value) end
          end
        end
        return claimed
        """;

    private const string CancelScript = """
        local ids = redis.call('SMEMBERS', KEYS[3])
        local cancelled = 0
        for _, id in ipairs(ids) do
          cancelled = cancelled + redis.call('ZREM', KEYS[1], id)
          redis.call('HDEL', KEYS[2], id)
        end
        redis.call('DEL', KEYS[3])
        return cancelled
        """;

    public async Task ScheduleAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        // Index sets outlive the furthest possible reminder, then expire: a stale id in one costs nothing.
        var indexLifetime = (long)(options.CurrentValue.MaxReminderDelay + options.CurrentValue.RetryDelay * options.CurrentValue.MaxAttempts + TimeSpan.FromDays(1)).TotalMilliseconds;
        await ScriptAsync(
            ScheduleScript,
            [Due, Data, Index(reminder.ConversationIndex), Index(reminder.UserIndex)],
            [reminder.Id, reminder.DueAt.ToUnixTimeMilliseconds(), JsonSerializer.Serialize(reminder, ProactiveJson.Default.Reminder), indexLifetime],
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Reminder>> ClaimDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var result = await ScriptAsync(ClaimScript, [Due, Data], [now.ToUnixTimeMilliseconds(), max], cancellationToken).ConfigureAwait(false);
        return [.. ((RedisResult[])result!).Select(r => JsonSerializer.Deserialize((string)r!, ProactiveJson.Default.Reminder)!)];
    }

    public async Task<int> CancelAsync(string index, CancellationToken cancellationToken) =>
        (int)await ScriptAsync(CancelScript, [Due, Data, Index(index)], [], cancellationToken).ConfigureAwait(false);

    private async Task<RedisResult> ScriptAsync(string script, RedisKey[] keys, RedisValue[] values, CancellationToken cancellationToken)
    {
        var redis = await connection.GetAsync(cancellationToken).ConfigureAwait(false);
        // StackExchange.Redis has no per-call token; WaitAsync at least frees the caller on shutdown.
        return await redis.GetDatabase().ScriptEvaluateAsync(script, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private string Prefix => $"{state.Value.KeyPrefix}{{reminders}}:";

    private RedisKey Due => Prefix + "due";

    private RedisKey Data => Prefix + "data";

    private RedisKey Index(string index) => Prefix + index;
}
