using System.Net;

namespace CpcCoach.Bot;

// Connector: EventIds 1300-1399. Hosts, status codes and conversation ids only; never tokens or activity text.
internal static partial class Log
{
    [LoggerMessage(1300, LogLevel.Debug, "Connector {Method} {Operation} for {ConversationId} answered {Status} (correlation {CorrelationId})")]
    public static partial void ConnectorCall(ILogger logger, string method, string operation, string? conversationId, int status, string? correlationId);

    [LoggerMessage(1301, LogLevel.Warning, "Bot token withheld from {Scheme}://{Host}: the host is not on the Connector token allow-list")]
    public static partial void ConnectorTokenWithheld(ILogger logger, string? scheme, string? host);

    [LoggerMessage(1302, LogLevel.Warning, "Connector at {Host} answered 401; refreshing the bot token and retrying once")]
    public static partial void ConnectorUnauthorized(ILogger logger, string? host);

    [LoggerMessage(1303, LogLevel.Information, "Connector call retry {Attempt} in {DelayMs} ms after {Status}")]
    public static partial void ConnectorRetry(ILogger logger, int attempt, double delayMs, HttpStatusCode? status, Exception? exception);
}
