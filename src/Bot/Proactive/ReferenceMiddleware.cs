using CpcCoach.Bot.Auth;
using CpcCoach.Bot.Teams;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// Upserts the conversation reference on every inbound activity that proved where it came from (brief §3.5):
/// authenticated, or any activity while auth is off in Development (Emulator). expectReplies callers are
/// skipped: they read replies from the HTTP answer and cannot be reached later.
/// </summary>
internal sealed class ReferenceMiddleware(
    ConversationReferences references, IOptions<BotIdentityOptions> identity, IHostEnvironment environment, ILogger<ReferenceMiddleware> logger)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ServiceUrl is { Length: > 0 } && activity.Conversation?.Id is { Length: > 0 } && !activity.ExpectsReplies
            && (turn.Caller.IsAuthenticated || (!identity.Value.AuthEnabled && environment.IsDevelopment()))
            && !Installation.IsBotRemoved(activity))
        {
            try
            {
                await references.SaveAsync(ConversationReferences.From(activity), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A reminder that cannot be offered is a smaller loss than a turn that fails.
                Log.ReferenceSaveFailed(logger, ex, activity.Conversation.Id);
            }
        }

        await next(turn, cancellationToken).ConfigureAwait(false);
    }
}
