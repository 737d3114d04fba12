namespace CpcCoach.Bot;

// Proactive: EventIds 6050-6099. Conversation ids and times only; never user text, names or user ids.
internal static partial class Log
{
    [LoggerMessage(6050, LogLevel.Warning, "Could not store the conversation reference for {ConversationId}; proactive messages there may not arrive")]
    public static partial void ReferenceSaveFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(6051, LogLevel.Information, "Debrief reminder set in {ConversationId} for {DueAt:o}")]
    public static partial void ReminderScheduled(ILogger logger, string? conversationId, DateTimeOffset dueAt);

    [LoggerMessage(6052, LogLevel.Information, "Debrief reminder sent to {ConversationId} ({LateMs} ms after its time)")]
    public static partial void ReminderSent(ILogger logger, string conversationId, double lateMs);

    [LoggerMessage(6054, LogLevel.Warning, "Debrief reminder for {ConversationId} refused by the Connector with {Status}; reference deleted")]
    public static partial void ReminderRefused(ILogger logger, string conversationId, int status);

    [LoggerMessage(6055, LogLevel.Warning, "Debrief reminder for {ConversationId} failed (attempt {Attempt}); {Next}")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string conversationId, int attempt, string next);

    [LoggerMessage(6056, LogLevel.Error, "Reminder poll failed; the next poll tries again")]
    public static partial void ReminderPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(6057, LogLevel.Information, "{Cancelled} debrief reminder(s) cancelled in {ConversationId}")]
    public static partial void RemindersCancelled(ILogger logger, string? conversationId, int cancelled);
}
