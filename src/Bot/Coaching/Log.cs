namespace CpcCoach.Bot;

/// <summary>Coaching events: 4100-4199. Never user text or answers above Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Knowledge base loaded: {Entries} entries in {ElapsedMs:0} ms (override folder: {Override})")]
    public static partial void KnowledgeLoaded(ILogger logger, int entries, double elapsedMs, bool @override);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Routed a message in conversation {ConversationId}: intent {Intent}, frameworks {Frameworks}")]
    public static partial void Routed(ILogger logger, string? conversationId, string intent, string frameworks);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Trace, Message = "Route explanation for {ConversationId}: {Explanation}")]
    public static partial void RouteExplained(ILogger logger, string? conversationId, string explanation);
}
