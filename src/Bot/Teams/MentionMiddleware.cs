using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Teams;

/// <summary>
/// Strips the bot's @mention from message text before anything routes on it (brief §6.2). Runs for every
/// conversation type: personal chats rarely carry a mention, and when they do it is just as meaningless.
/// </summary>
internal sealed class MentionMiddleware : ITurnMiddleware
{
    public Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Message && Mentions.StripBotMentions(turn.Activity) is { } text)
        {
            turn.Activity = turn.Activity with { Text = text };
        }

        return next(turn, cancellationToken);
    }
}
