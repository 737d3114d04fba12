namespace CpcCoach.Bot;

// Insights: EventIds 4100-4199. Conversation ids and reasons only; never user ids, tokens or keys.
internal static partial class Log
{
    [LoggerMessage(4100, LogLevel.Information, "Insights refused in {ConversationId}: not an educator")]
    public static partial void InsightsRefused(ILogger logger, string? conversationId);

    [LoggerMessage(4101, LogLevel.Warning, "Insights could not read the usage store in {ConversationId}")]
    public static partial void InsightsReadFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(4102, LogLevel.Warning, "Dashboard refused: {Reason}")]
    public static partial void DashboardRefused(ILogger logger, string reason);

    [LoggerMessage(4103, LogLevel.Warning, "Dashboard could not read the usage store")]
    public static partial void DashboardReadFailed(ILogger logger, Exception exception);
}
