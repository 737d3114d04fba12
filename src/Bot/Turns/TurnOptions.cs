using System.ComponentModel.DataAnnotations;

namespace CpcCoach.Bot.Turns;

/// <summary>Turn pipeline settings (section <c>Turns</c>).</summary>
public sealed class TurnOptions
{
    /// <summary>Hard stop for one turn. Below the Bot Connector's 15 s wait, so a slow turn never triggers a channel retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a (conversation.id, id) pair is remembered; Teams and Direct Line retry within seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a retry gets the whole first answer again (expectReplies bodies carry every reply, cards included).
    /// Channels retry within seconds (Teams waits 15 s); after this only the id is remembered, so a later retry still
    /// does not run the turn twice, but an expectReplies retry gets no activities instead of a copy of them.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReplyRetention { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most bytes of whole answers held for <see cref="ReplyRetention"/> at once. Under a burst the oldest are given up
    /// early (their ids stay, so a retry is still not run twice), which keeps memory bounded at any rate of turns.
    /// 1 MB holds the whole 30 s for up to about 10 expectReplies turns a second (answers average 3.5 KB); only expectReplies
    /// channels (Direct Line App Service extension, skills, tests) use it, never Teams. Under heavy load every held answer
    /// outlives a young-generation collection and is copied by it, so a larger budget costs pause time (docs/benchmarks.md).
    /// </summary>
    [Range(0, 1L << 32)]
    public long ReplyMemoryBytes { get; set; } = 1024 * 1024;

    /// <summary>Upper bound on remembered activity ids, so a flood cannot grow memory without limit.</summary>
    [Range(100, 10_000_000)]
    public int DedupeCapacity { get; set; } = 50_000;

    /// <summary>Largest accepted request body. Direct Line caps activities at 256K chars; Kestrel is told 512 KB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 512 * 1024;
}
