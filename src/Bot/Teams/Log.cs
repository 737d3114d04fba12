namespace CpcCoach.Bot;

// Teams: EventIds 6000-6049. Conversation ids only; never user text or names.
internal static partial class Log
{
    [LoggerMessage(6000, LogLevel.Information, "Bot removed from {ConversationId}: reference deleted, {Cancelled} reminder(s) cancelled")]
    public static partial void BotRemoved(ILogger logger, string conversationId, int cancelled);
}
