using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.State;

/// <summary>
/// State in process memory (no <c>State:Redis</c>): the library's <see cref="MemoryCache"/> behind
/// <see cref="IDistributedCache"/>, holding the state of at most <c>State:MemoryConversations</c> conversations.
/// Past that, the conversations used least recently lose their state first, as if they had gone idle early; a save
/// is never refused. Everything else kept here (user state, practice progress and ledger, the references reminders
/// are sent through, welcome and notice marks) is kept for its whole lifetime.
/// </summary>
public sealed class MemoryStateCache : IDistributedCache, IDisposable
{
    /// <summary>
    /// The count is taken at most once per this many conversation saves (it can overshoot the limit by as many), and
    /// not again before enough saves have passed to reach the limit: each save adds at most one conversation.
    /// </summary>
    internal const int CheckEvery = 64;

    private readonly MemoryCache _cache;
    private readonly string _conversationKeys;
    private readonly int _maxConversations;
    private readonly ILogger _logger;
    private long _saves;
    private long _nextCheck = CheckEvery;
    private int _trimming;
    private bool _warned;

    /// <param name="options">The limit (<see cref="StateOptions.MemoryConversations"/>) and the key prefix conversation states are known by.</param>
    public MemoryStateCache(StateOptions options, TimeProvider time, ILogger<MemoryStateCache> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MemoryConversations, 1);
        _cache = new MemoryCache(Options.Create(new MemoryCacheOptions { Clock = new Clock(time) }));
        _conversationKeys = StateStore.ConversationKeys(options.KeyPrefix);
        _maxConversations = options.MemoryConversations;
        _logger = logger;
    }

    public byte[]? Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _cache.Get(key) as byte[];
    }

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Task.FromResult(Get(key));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var conversation = key.StartsWith(_conversationKeys, StringComparison.Ordinal);
        using (var entry = _cache.CreateEntry(key))
        {
            entry.AbsoluteExpiration = options.AbsoluteExpiration;
            entry.AbsoluteExpirationRelativeToNow = options.AbsoluteExpirationRelativeToNow;
            entry.SlidingExpiration = options.SlidingExpiration;
            entry.Priority = conversation ? CacheItemPriority.Normal : CacheItemPriority.NeverRemove;
            entry.Value = value;
        }

        if (conversation && Interlocked.Increment(ref _saves) is var saves && saves >= Interlocked.Read(ref _nextCheck))
        {
            TrimConversations(saves);
        }
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        Set(key, value, options);
        return Task.CompletedTask;
    }

    public void Refresh(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _cache.TryGetValue(key, out _);
    }

    public Task RefreshAsync(string key, CancellationToken token = default)
    {
        Refresh(key);
        return Task.CompletedTask;
    }

    public void Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _cache.Remove(key);
    }

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    /// <summary>How many conversations have state here now.</summary>
    internal int Conversations => _cache.Keys.Count(key => key is string text && text.StartsWith(_conversationKeys, StringComparison.Ordinal));

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// Over the limit, drops the least recently used conversation states down to nine tenths of it, so this runs once
    /// per tenth of the limit of new conversations rather than on every save. One turn does it while others go on.
    /// </summary>
    private void TrimConversations(long saves)
    {
        if (Interlocked.Exchange(ref _trimming, 1) == 1)
        {
            return;
        }

        var conversations = 0;
        try
        {
            // Every entry counts toward the quick look; only when that passes the limit are the conversations counted.
            var entries = _cache.Count;
            conversations = entries <= _maxConversations ? entries : Conversations;
            if (conversations <= _maxConversations)
            {
                return;
            }

            // Compact takes expired entries first, then the removable ones (conversation states: every other entry is
            // NeverRemove) least recently used first, until it has removed this share of all entries.
            var target = conversations - _maxConversations + (_maxConversations / 10);
            _cache.Compact(Math.Min(1.0, (double)target / Math.Max(1, entries)));
            var before = conversations;
            conversations = Conversations;
            if (!_warned)
            {
                _warned = true;
                Log.MemoryStateFull(_logger, _maxConversations);
            }
            else
            {
                Log.MemoryStateTrimmed(_logger, before - conversations, _maxConversations);
            }
        }
        finally
        {
            Interlocked.Exchange(ref _nextCheck, saves + Math.Max(CheckEvery, _maxConversations - conversations));
            Volatile.Write(ref _trimming, 0);
        }
    }

    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
