using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// Every live Direct Line conversation, in memory. Bounded twice: idle conversations are evicted, and past
/// <see cref="DirectLineOptions.MaxConversations"/> the least recently used one goes, so memory stays flat however long the app runs.
/// </summary>
internal sealed class DirectLineConversations(TimeProvider time, IOptionsMonitor<DirectLineOptions> options, ILogger<DirectLineConversations> logger)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _byId = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    public int Count => _byId.Count;

    /// <summary>Random and URL-safe; ids are the only thing a token binds, so they must not be guessable.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public DirectLineConversation GetOrCreate(string id, string userId, out bool created)
    {
        created = false;
        if (Find(id) is { } existing)
        {
            return existing;
        }

        lock (_createGate)
        {
            if (_byId.TryGetValue(id, out existing))
            {
                return existing;
            }

            EvictIdle();
            while (_byId.Count >= options.CurrentValue.MaxConversations && EvictLeastRecentlyUsed())
            {
            }

            var conversation = new DirectLineConversation(id, userId, time.GetTimestamp());
            _byId[id] = conversation;
            created = true;
            return conversation;
        }
    }

    /// <summary>The conversation, marked as used now; null when unknown or idle past its timeout (then it is evicted).</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_byId.TryGetValue(id, out var conversation))
        {
            return null;
        }

        var now = time.GetTimestamp();
        if (IsIdle(conversation, now))
        {
            Evict(conversation, "idle");
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Drops every conversation idle past its timeout; also run before each new conversation.</summary>
    public void EvictIdle()
    {
        var now = time.GetTimestamp();
        foreach (var conversation in _byId.Values)
        {
            if (IsIdle(conversation, now))
            {
                Evict(conversation, "idle");
            }
        }
    }

    private bool EvictLeastRecentlyUsed()
    {
        var oldest = _byId.Values.MinBy(c => c.LastActive);
        if (oldest is null)
        {
            return false;
        }

        Evict(oldest, "capacity");
        return true;
    }

    private bool IsIdle(DirectLineConversation conversation, long now) =>
        time.GetElapsedTime(conversation.LastActive, now) >= options.CurrentValue.IdleTimeout;

    private void Evict(DirectLineConversation conversation, string reason)
    {
        if (_byId.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.End();
            Log.DirectLineConversationEvicted(logger, conversation.Id, reason);
        }
    }
}
