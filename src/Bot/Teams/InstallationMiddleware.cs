using CpcCoach.Bot.Coaching;
using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Teams;

/// <summary>
/// On uninstall the bot may no longer write to the conversation: its reminders are cancelled, its reference
/// deleted, and the welcome flag cleared so a later install is greeted again (once).
/// Install itself needs nothing here: the reference is stored by <see cref="ReferenceMiddleware"/> and
/// the welcome is sent by <see cref="Welcome"/>.
/// </summary>
internal sealed class InstallationMiddleware(
    ConversationReferences references, IReminderStore reminders, Welcome welcome, ILogger<InstallationMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (Installation.IsBotRemoved(activity) && activity.Conversation?.Id is { Length: > 0 } conversationId)
        {
            var tenant = TeamsUser.TenantOf(activity);
            var cancelled = await reminders.CancelAsync(Reminder.ConversationIndexOf(tenant, conversationId), cancellationToken).ConfigureAwait(false);
            await references.RemoveAsync(tenant, conversationId, cancellationToken).ConfigureAwait(false);
            await welcome.ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
            Log.BotRemoved(logger, conversationId, cancelled);
        }

        await next(turn, cancellationToken).ConfigureAwait(false);
    }
}
