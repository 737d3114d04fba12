namespace CpcCoach.Bot;

// Practice: EventIds 7700-7749. Conversation ids and scenario ids only, never what the learner or persona said.
internal static partial class Log
{
    [LoggerMessage(7700, LogLevel.Information, "Practice {Event} in {ConversationId}: scenario {ScenarioId}")]
    public static partial void PracticeEvent(ILogger logger, string @event, string? conversationId, string scenarioId);

    [LoggerMessage(7701, LogLevel.Warning, "Persona model call failed for scenario {ScenarioId}; the scripted line was used")]
    public static partial void PersonaModelFailed(ILogger logger, Exception exception, string scenarioId);

    [LoggerMessage(7702, LogLevel.Information, "Persona model line rejected by the checks for scenario {ScenarioId}; the scripted line was used")]
    public static partial void PersonaLineRejected(ILogger logger, string scenarioId);

    [LoggerMessage(7703, LogLevel.Warning, "Practice progress could not be saved for {ConversationId}")]
    public static partial void PracticeProgressFailed(ILogger logger, Exception exception, string? conversationId);
}
