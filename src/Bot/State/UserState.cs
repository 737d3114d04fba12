namespace CpcCoach.Bot.State;

/// <summary>What the bot remembers about one user across conversations.</summary>
public sealed record UserState
{
    /// <summary>Conversation ids this user has state in, so "forget me" deletes them too.</summary>
    public IReadOnlyList<string> Conversations { get; init; } = [];

    public const int ConversationCapacity = 50;
}
