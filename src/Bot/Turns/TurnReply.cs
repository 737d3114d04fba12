namespace CpcCoach.Bot.Turns;

/// <summary>The HTTP answer to one inbound activity, kept so a retried activity gets the same answer.</summary>
public sealed record TurnReply(int Status, ReadOnlyMemory<byte> Body)
{
    public static TurnReply Empty { get; } = new(200, ReadOnlyMemory<byte>.Empty);
}
