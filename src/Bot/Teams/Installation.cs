using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Teams;

/// <summary>Install and uninstall as Teams reports them (brief §1.3, §6.2).</summary>
public static class Installation
{
    /// <summary>
    /// The app was removed from this conversation: installationUpdate "remove", or (team scope) a conversationUpdate
    /// whose membersRemoved holds the bot. "remove-upgrade" is not a removal: the app stays installed.
    /// </summary>
    public static bool IsBotRemoved(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action == "remove",
        ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => m.Id is { } id && id == activity.Recipient?.Id) ?? false,
        _ => false,
    };
}
