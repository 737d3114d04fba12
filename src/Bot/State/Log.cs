namespace CpcCoach.Bot;

// State: EventIds 5000-5049. Conversation ids only, never state contents.
internal static partial class Log
{
    [LoggerMessage(5000, LogLevel.Warning, "State of {ConversationId} moved from revision {Loaded} to {Current} under a held lock; this turn's update was not saved")]
    public static partial void StateConflict(ILogger logger, string conversationId, long loaded, long current);

    [LoggerMessage(5001, LogLevel.Warning, "Stored state could not be read and was reset")]
    public static partial void StateUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(5002, LogLevel.Information, "Forgot a user and {Conversations} conversation(s)")]
    public static partial void UserForgotten(ILogger logger, int conversations);

    [LoggerMessage(5003, LogLevel.Warning, "In-memory state reached its limit of {Limit} conversations: the least recently used lose their state first. Set State:Redis, or raise State:MemoryConversations")]
    public static partial void MemoryStateFull(ILogger logger, int limit);

    [LoggerMessage(5004, LogLevel.Debug, "Dropped the state of {Dropped} least recently used conversations (limit {Limit})")]
    public static partial void MemoryStateTrimmed(ILogger logger, int dropped, int limit);
}
