namespace CpcCoach.Bot;

// Turns: EventIds 1000-1099. No user text above Trace.
internal static partial class Log
{
    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string?, string?, string?>("Turn {ConversationId} {ActivityId} {ChannelId}");

    public static IDisposable? BeginTurnScope(this ILogger logger, string? conversationId, string? activityId, string? channelId) =>
        TurnScope(logger, conversationId, activityId, channelId);

    [LoggerMessage(1000, LogLevel.Warning, "Turn {ActivityId} in {ConversationId} timed out after {TimeoutMs} ms")]
    public static partial void TurnTimedOut(ILogger logger, string? activityId, string? conversationId, double timeoutMs);

    [LoggerMessage(1001, LogLevel.Error, "Turn {ActivityId} in {ConversationId} of type {ActivityType} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? conversationId, string? activityType);

    [LoggerMessage(1002, LogLevel.Warning, "Could not send the apology to {ConversationId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(1003, LogLevel.Debug, "Duplicate activity {ActivityId} in {ConversationId} answered from the dedupe cache")]
    public static partial void DuplicateActivity(ILogger logger, string? activityId, string? conversationId);
}
