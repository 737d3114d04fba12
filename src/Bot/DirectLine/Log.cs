namespace CpcCoach.Bot;

// DirectLine: EventIds 2300-2399. Conversation ids only; never user text.
internal static partial class Log
{
    [LoggerMessage(2300, LogLevel.Information, "Direct Line conversation {ConversationId} started")]
    public static partial void DirectLineConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(2301, LogLevel.Information, "Direct Line conversation {ConversationId} evicted ({Reason})")]
    public static partial void DirectLineConversationEvicted(ILogger logger, string conversationId, string reason);

    [LoggerMessage(2303, LogLevel.Warning, "Direct Line surface is off: not Development and no DirectLine:Secret configured")]
    public static partial void DirectLineOff(ILogger logger);

    [LoggerMessage(2304, LogLevel.Warning, "Web Chat bundle not found at {Path}; run 'npm ci' in src/Bot/WebChat (the build does this when npm is installed)")]
    public static partial void WebChatBundleMissing(ILogger logger, string path);

    [LoggerMessage(2305, LogLevel.Debug, "Direct Line stream opened for {ConversationId}")]
    public static partial void DirectLineStreamOpened(ILogger logger, string conversationId);
}
