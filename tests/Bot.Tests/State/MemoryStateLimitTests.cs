using CpcCoach.Bot.State;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.State;

/// <summary>
/// In process memory the bot keeps state for a bounded number of conversations: past the limit, the conversations
/// used least recently lose their state first, and nothing else is dropped.
/// </summary>
public sealed class MemoryStateLimitTests : IDisposable
{
    private const int Limit = 100;
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger<MemoryStateCache> _log = new();
    private readonly MemoryStateCache _cache;
    private readonly StateStore _store;

    public MemoryStateLimitTests()
    {
        var options = new TestOptionsMonitor<StateOptions>(new StateOptions { MemoryConversations = Limit });
        _cache = new MemoryStateCache(options.CurrentValue, _time, _log);
        _store = new StateStore(_cache, options, NullLogger<StateStore>.Instance);
    }

    public void Dispose() => _cache.Dispose();

    [Fact]
    public async Task PastTheLimit_TheConversationsUsedLeastRecently_StartAfresh_AndTheRestKeepTheirPlace()
    {
        // A resident's user state and the practice ledger are in the same memory; so are a welcome mark and a
        // conversation reference for a reminder due tomorrow.
        await _store.SaveUserAsync("test", "resident-1", new UserState { Conversations = ["c-0"] }, CancellationToken.None);
        await _cache.SetAsync("cpc:practice:ledger", [1, 2, 3], new DistributedCacheEntryOptions());
        await _cache.SetAsync("cpc:welcome:test:c-0", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromDays(365) });
        await _cache.SetAsync("cpc:ref:tenant:c-0", [4], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromDays(30) });

        // 100 conversations, one a second, each one turn in.
        for (var i = 0; i < Limit; i++)
        {
            await SaveTurnAsync($"c-{i}");
        }

        // The first ten clinicians come back.
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(1, (await LoadAsync($"c-{i}")).Turns);
        }

        // 28 new conversations take the count to 128: the 128th save (a multiple of the check interval) finds the
        // memory over its limit and drops the least recently used down to nine tenths of it.
        Assert.Equal(128, Limit + 28);
        Assert.Equal(0, 128 % MemoryStateCache.CheckEvery);
        for (var i = Limit; i < Limit + 28; i++)
        {
            await SaveTurnAsync($"c-{i}");
        }

        Assert.Equal(90, _cache.Conversations);
        // The admin hears about it once, with the setting to change; no conversation is named.
        var warning = Assert.Single(_log.Collector.GetSnapshot(), l => l.Level >= LogLevel.Warning);
        Assert.Equal(5003, warning.Id.Id);
        Assert.Contains("State:MemoryConversations", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c-", warning.Message, StringComparison.Ordinal);
        for (var i = 10; i < 48; i++)
        {
            var dropped = await LoadAsync($"c-{i}");
            Assert.Equal((0L, 0), (dropped.Revision, dropped.Turns));
        }

        foreach (var kept in Enumerable.Range(0, 10).Concat(Enumerable.Range(48, Limit + 28 - 48)))
        {
            var state = await LoadAsync($"c-{kept}");
            Assert.Equal((1L, 1), (state.Revision, state.Turns));
        }

        Assert.Equal(["c-0"], (await _store.LoadUserAsync("test", "resident-1", CancellationToken.None)).Conversations);
        Assert.Equal([1, 2, 3], await _cache.GetAsync("cpc:practice:ledger"));
        Assert.NotNull(await _cache.GetAsync("cpc:welcome:test:c-0"));
        Assert.NotNull(await _cache.GetAsync("cpc:ref:tenant:c-0"));
    }

    [Fact]
    public async Task ADroppedConversation_CarriesOnFromAFreshStart()
    {
        for (var i = 0; i < 128; i++)
        {
            await SaveTurnAsync($"c-{i}");
        }

        var fresh = await LoadAsync("c-0");
        Assert.Equal(0, fresh.Revision);
        Assert.True(await _store.SaveConversationAsync("test", "c-0", fresh, fresh with { Turns = 1 }, CancellationToken.None));
        Assert.Equal((1L, 1), ((await LoadAsync("c-0")).Revision, (await LoadAsync("c-0")).Turns));
    }

    [Fact]
    public async Task AFloodOfNewConversations_StaysWithinTheLimit_AndTheLatestKeepTheirPlace()
    {
        for (var i = 0; i < 1000; i++)
        {
            await SaveTurnAsync($"c-{i}");
            Assert.InRange(_cache.Conversations, 1, Limit + MemoryStateCache.CheckEvery);
        }

        for (var i = 1000 - 50; i < 1000; i++)
        {
            Assert.Equal(1, (await LoadAsync($"c-{i}")).Turns);
        }
    }

    [Fact]
    public async Task UnderTheLimit_NothingIsDropped_AndIdleStateStillExpires()
    {
        for (var i = 0; i < Limit; i++)
        {
            await SaveTurnAsync($"c-{i}");
        }

        Assert.Equal(Limit, _cache.Conversations);
        _time.Advance(new StateOptions().IdleExpiry);
        Assert.Equal(0, (await LoadAsync("c-99")).Revision);
    }

    [Fact]
    public void TheBot_KeepsStateInMemory_WithTheConfiguredLimit_AndRefusesOneTooSmallToHoldAConversationsWorth()
    {
        using var configured = Services(("State:MemoryConversations", "2500"));
        Assert.IsType<MemoryStateCache>(configured.GetRequiredService<IDistributedCache>());
        Assert.Equal(2500, configured.GetRequiredService<IOptions<StateOptions>>().Value.MemoryConversations);

        using var tooSmall = Services(("State:MemoryConversations", "5"));
        var error = Assert.Throws<OptionsValidationException>(() => tooSmall.GetRequiredService<IOptions<StateOptions>>().Value);
        Assert.Contains("MemoryConversations", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddState()
            .BuildServiceProvider();
    }

    private async Task SaveTurnAsync(string conversationId)
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        var loaded = await LoadAsync(conversationId);
        Assert.True(await _store.SaveConversationAsync("test", conversationId, loaded, loaded with { Turns = loaded.Turns + 1 }, CancellationToken.None));
    }

    private Task<ConversationState> LoadAsync(string conversationId) =>
        _store.LoadConversationAsync("test", conversationId, CancellationToken.None);
}
