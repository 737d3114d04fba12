namespace CpcCoach.Bot;

// Usage: EventIds 4000-4099. Counts and pseudonym-free facts only; never user text, user ids or pseudonyms.
internal static partial class Log
{
    [LoggerMessage(4000, LogLevel.Warning, "USAGE PSEUDONYM KEY NOT SET: using a random per-process key (Development only). Pseudonyms change on every restart, so opt-outs and 'forget me' will not find older records. Set Usage:PseudonymKey.")]
    public static partial void DevelopmentPseudonymKey(ILogger logger);

    [LoggerMessage(4001, LogLevel.Warning, "{Count} usage events lost ({Reason}); {Total} lost since start")]
    public static partial void UsageEventsLost(ILogger logger, int count, string reason, long total);

    [LoggerMessage(4002, LogLevel.Warning, "Usage store write of {Count} events failed; {Pending} queued; retrying in {DelayMs} ms")]
    public static partial void UsageWriteFailed(ILogger logger, Exception exception, int count, int pending, double delayMs);

    [LoggerMessage(4003, LogLevel.Information, "Usage queue drained: {Written} events written, {Lost} lost since start")]
    public static partial void UsageDrained(ILogger logger, long written, long lost);

    [LoggerMessage(4004, LogLevel.Information, "Usage retention: {Deleted} events older than {Days} days deleted")]
    public static partial void UsagePurged(ILogger logger, int deleted, int days);

    [LoggerMessage(4005, LogLevel.Warning, "Usage retention purge failed; retrying at the next daily run")]
    public static partial void UsagePurgeFailed(ILogger logger, Exception exception);

    [LoggerMessage(4006, LogLevel.Warning, "Privacy command '{Command}' failed in {ConversationId}")]
    public static partial void PrivacyCommandFailed(ILogger logger, Exception exception, string command, string? conversationId);

    [LoggerMessage(4007, LogLevel.Information, "Forget me: {Deleted} usage events deleted, {Erasers} other stores erased")]
    public static partial void UserForgotten(ILogger logger, int deleted, int erasers);

    [LoggerMessage(4008, LogLevel.Information, "Usage store: {Provider}")]
    public static partial void UsageStoreProvider(ILogger logger, string provider);
}
