namespace CpcCoach.Bot;

// Safety: EventIds 2600-2649. Kinds of identifier only ("name", "mrn"), never the identifiers or the text.
internal static partial class Log
{
    [LoggerMessage(2600, LogLevel.Debug, "Removed identifiers of kinds {Kinds} from activity {ActivityId} in {ConversationId}")]
    public static partial void IdentifiersRedacted(ILogger logger, string kinds, string? activityId, string? conversationId);

    [LoggerMessage(2601, LogLevel.Debug, "Identifier notice sent in {ConversationId}")]
    public static partial void IdentifierNoticeSent(ILogger logger, string? conversationId);
}
