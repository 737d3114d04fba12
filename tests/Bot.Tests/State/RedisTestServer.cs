namespace CpcCoach.Bot.Tests.State;

/// <summary>
/// The redis-server that scripts/deps/10-redis.sh starts (CPC_TEST_REDIS=127.0.0.1:6379). Without it, Redis tests
/// return early with a message, except on a full run (CPC_FULL_RUN=1), where a missing server is a failure.
/// </summary>
internal static class RedisTestServer
{
    public static string? ConnectionString()
    {
        var value = Environment.GetEnvironmentVariable("CPC_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        Assert.False(Environment.GetEnvironmentVariable("CPC_FULL_RUN") == "1", "CPC_TEST_REDIS is not set: run scripts/deps/10-redis.sh and export what it prints.");
        Console.WriteLine("Skipping a Redis test: CPC_TEST_REDIS is not set (scripts/deps/10-redis.sh starts one).");
        return null;
    }

    /// <summary>A key prefix of its own, so tests sharing the server never see each other's keys.</summary>
    public static string NewPrefix() => $"cpc-test-{Guid.NewGuid():N}:";
}
