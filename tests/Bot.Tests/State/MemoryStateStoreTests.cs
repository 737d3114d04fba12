using CpcCoach.Bot.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.State;

/// <summary>The state contract on process memory: one instance's cache and lock, shared by both "instances".</summary>
public sealed class MemoryStateStoreTests : StateStoreContract
{
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryDistributedCache _cache;
    private readonly ConversationLock _lock;
    private readonly StateStore _store;

    public MemoryStateStoreTests()
    {
        _cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions { Clock = new FakeClock(_time) }));
        var options = new TestOptionsMonitor<StateOptions>(new StateOptions { IdleExpiry = Idle });
        _lock = new ConversationLock(options, _time);
        _store = new StateStore(_cache, options, NullLogger<StateStore>.Instance);
    }

    protected override (StateStore Store, ConversationLock Lock)? CreateInstance() => (_store, _lock);

    /// <summary>Memory cannot report a TTL, so this probes it: present just before the idle time, gone after.</summary>
    protected override async Task<TimeSpan?> TimeToLiveAsync(StateStore store, string key)
    {
        _time.Advance(Idle - TimeSpan.FromSeconds(1));
        var before = await _cache.GetAsync(key);
        _time.Advance(TimeSpan.FromSeconds(2));
        var after = await _cache.GetAsync(key);
        return before is not null && after is null ? Idle - TimeSpan.FromSeconds(1) : null;
    }

    /// <summary>MemoryDistributedCache still reads time through ISystemClock; this one follows the fake time.</summary>
    private sealed class FakeClock(FakeTimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
