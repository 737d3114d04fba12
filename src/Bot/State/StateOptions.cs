using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.State;

/// <summary>Conversation and user state settings (section <c>State</c>).</summary>
public sealed class StateOptions
{
    /// <summary>StackExchange.Redis connection string. Empty keeps state in process memory (one instance only).</summary>
    public string? Redis { get; set; }

    /// <summary>State is deleted after this much silence: a coaching dialog is rarely resumed after a day, and PHI-adjacent notes should not linger.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long one instance may hold a conversation's cross-instance lease. Three times the default 10 s turn
    /// timeout, so a lease never lapses under a live turn; a crashed instance blocks its conversation at most this long.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan LeaseTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// In process memory only (no <see cref="Redis"/>): the most conversations whose state is kept. Past it, the
    /// conversations used least recently lose their state first (their next message starts afresh); nothing else is
    /// dropped. About 1 KB each. Redis has no such limit.
    /// </summary>
    [Range(100, 10_000_000)]
    public int MemoryConversations { get; set; } = 10_000;

    /// <summary>Prefix of every key, so several bots can share one Redis.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "cpc:";
}
