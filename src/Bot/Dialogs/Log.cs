namespace CpcCoach.Bot;

// Dialogs: EventIds 5050-5099. Flow and step ids only; never answers or prompts above Trace.
internal static partial class Log
{
    [LoggerMessage(5050, LogLevel.Error, "Flow {Flow} ran {Step} past the step budget without prompting; the dialog was ended")]
    public static partial void FlowLooped(ILogger logger, string flow, string step);

    [LoggerMessage(5051, LogLevel.Information, "Flow {Flow} restarted: live state was on version {OldVersion}, the file is now version {NewVersion}")]
    public static partial void FlowRestartedAfterUpdate(ILogger logger, string flow, int oldVersion, int newVersion);

    [LoggerMessage(5052, LogLevel.Warning, "Could not update an answered card in {ConversationId}")]
    public static partial void CardUpdateFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(5053, LogLevel.Debug, "Activity {ActivityId} in {ConversationId} was already applied to state; skipped")]
    public static partial void ActivityAlreadyApplied(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(5054, LogLevel.Information, "Loaded {Count} dialog flows")]
    public static partial void FlowsLoaded(ILogger logger, int count);
}
