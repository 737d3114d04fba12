namespace CpcCoach.Bot;

/// <summary>Model/ events (7000-7099). Prompts and answers are never logged above Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(7000, LogLevel.Information, "Language model: {Provider} ({Name})")]
    public static partial void ModelConfigured(ILogger logger, string provider, string name);

    [LoggerMessage(7001, LogLevel.Warning, "Model call retry {Attempt} in {DelayMs} ms after status {Status}")]
    public static partial void ModelRetry(ILogger logger, int attempt, double delayMs, int? status);

    [LoggerMessage(7002, LogLevel.Warning, "Model circuit opened for {Seconds} s: the endpoint keeps failing; answers are deterministic meanwhile")]
    public static partial void ModelCircuitOpened(ILogger logger, double seconds);

    [LoggerMessage(7003, LogLevel.Information, "Model circuit closed: the endpoint answers again")]
    public static partial void ModelCircuitClosed(ILogger logger);

    [LoggerMessage(7004, LogLevel.Warning, "Model answer not used in {ConversationId}: {Reason}; sent the deterministic answer")]
    public static partial void ModelFellBack(ILogger logger, string? conversationId, string reason);

    [LoggerMessage(7005, LogLevel.Information, "Model answered in {ConversationId}: {PromptTokens}+{CompletionTokens} tokens in {LatencyMs} ms, streamed {Streamed}")]
    public static partial void ModelAnswered(ILogger logger, string? conversationId, int promptTokens, int completionTokens, double latencyMs, bool streamed);

    [LoggerMessage(7006, LogLevel.Trace, "Model prompt for {ConversationId}: {User}")]
    public static partial void ModelPromptTrace(ILogger logger, string? conversationId, string user);

    [LoggerMessage(7007, LogLevel.Warning, "Model call failed in {ConversationId} ({ErrorType}); sent the deterministic answer")]
    public static partial void ModelFailed(ILogger logger, string? conversationId, string errorType);
}
