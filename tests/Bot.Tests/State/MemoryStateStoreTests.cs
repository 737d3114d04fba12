using CpcCoach.Bot.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.State;

/// <summary>The state contract on process memory: one instance's cache and lock, shared by both "instances".</summary>
public sealed class MemoryStateStoreTests : StateStoreContract
{
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryStateCache _cache;
    private readonly ConversationLock _lock;
    private readonly StateStore _store;

    public MemoryStateStoreTests()
    {
        var options = new TestOptionsMonitor<StateOptions>(new StateOptions { IdleExpiry = Idle });
        _cache = new MemoryStateCache(options.CurrentValue, _time, NullLogger<MemoryStateCache>.Instance);
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

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"revision\":7,\"turns\":\"seven\"}")]
    [InlineData("[1,2,3]")]
    public async Task Save_OverStateThatCannotBeRead_StartsItFresh_AsTheLoadDid(string stored)
    {
        var key = _store.ConversationKey("test", "c-unreadable");
        await _cache.SetAsync(key, System.Text.Encoding.UTF8.GetBytes(stored), new DistributedCacheEntryOptions());

        var loaded = await _store.LoadConversationAsync("test", "c-unreadable", CancellationToken.None);
        var saved = await _store.SaveConversationAsync("test", "c-unreadable", loaded, loaded with { Turns = 1 }, CancellationToken.None);

        Assert.Equal(0, loaded.Revision);
        Assert.True(saved);
        var after = await _store.LoadConversationAsync("test", "c-unreadable", CancellationToken.None);
        Assert.Equal((1L, 1), (after.Revision, after.Turns));
    }

    [Fact]
    public void AppliedActivities_LongIdsAreKeptShort_AndStillRecognised_AsAreIdsSavedWholeByEarlierBuilds()
    {
        var directLine = "Hk7d2x4oYq3F9bLzC8mNpR-eu|0000012";
        var state = new ConversationState().WithApplied("1700000000123").WithApplied(directLine);
        var earlier = new ConversationState { Applied = ["Hk7d2x4oYq3F9bLzC8mNpR-eu|0000011"] };

        Assert.Equal(["1700000000123", ConversationState.Fingerprint(directLine)], state.Applied);
        Assert.Equal(16, state.Applied[1].Length);
        Assert.True(state.HasApplied(directLine) && state.HasApplied("1700000000123"));
        Assert.False(state.HasApplied("Hk7d2x4oYq3F9bLzC8mNpR-eu|0000013"));
        Assert.True(earlier.HasApplied("Hk7d2x4oYq3F9bLzC8mNpR-eu|0000011"));
    }

    [Fact]
    public void RevisionOf_ReadsTheRevisionOfSavedState_WhereverItSits()
    {
        var state = new ConversationState { Revision = 41, Turns = 3, UserId = "u1" }.WithApplied("a1");
        var bytes = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(state, StateJson.Default.ConversationState);

        Assert.Equal(41, StateStore.RevisionOf(bytes));
        Assert.Equal(9, StateStore.RevisionOf("{\"turns\":2,\"stack\":[{\"revision\":5}],\"revision\":9}"u8.ToArray()));
        Assert.Equal(0, StateStore.RevisionOf("{\"turns\":2}"u8.ToArray()));
        Assert.Equal(-1, StateStore.RevisionOf("{\"revision\":\"x\"}"u8.ToArray()));
        Assert.Equal(0, StateStore.RevisionOf(null));
    }
}
