namespace CpcCoach.Bot;

// Auth: EventIds 1200-1299. Tokens are never logged, at any level.
internal static partial class Log
{
    [LoggerMessage(1200, LogLevel.Warning,
        "INBOUND AUTH IS OFF: MicrosoftAppId is empty, so anyone who can reach /api/messages can talk to the bot ({Environment}). " +
        "Use this only with the Emulator or the local web chat; set MicrosoftAppId for any deployment.")]
    public static partial void InboundAuthDisabled(ILogger logger, string environment);

    [LoggerMessage(1201, LogLevel.Debug, "Inbound {Path} token for {ConversationId} rejected: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string path, string? conversationId, string? reason);

    [LoggerMessage(1202, LogLevel.Debug, "Inbound {Path} token for {ConversationId} accepted")]
    public static partial void CallerAuthenticated(ILogger logger, string path, string? conversationId);

    [LoggerMessage(1203, LogLevel.Information, "Token signed with a key not in {MetadataUrl}; refreshing the keys once")]
    public static partial void SigningKeyNotFound(ILogger logger, string metadataUrl);

    [LoggerMessage(1204, LogLevel.Warning, "Could not fetch the signing keys again from {MetadataUrl}; keeping the keys we have")]
    public static partial void SigningKeyRefreshFailed(ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(1205, LogLevel.Error, "No signing keys: {MetadataUrl} cannot be fetched and none are cached; inbound activities get 503 until it answers")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception, string metadataUrl);
}
