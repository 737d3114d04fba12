namespace CpcCoach.Bot;

// Endpoint: EventIds 1100-1199.
internal static partial class Log
{
    [LoggerMessage(1100, LogLevel.Warning, "Inbound activity for {ConversationId} rejected by auth: {Reason}")]
    public static partial void InboundAuthFailed(ILogger logger, string? conversationId, string? reason);
}
