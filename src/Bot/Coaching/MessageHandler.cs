using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Coaching;

/// <summary>A user message: commands first, then coaching.</summary>
public sealed class MessageHandler
{
    internal const string FallbackText =
        "I'm still learning to answer that. Type **help** to see what I can do.";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = turn.Activity.Text?.Trim() ?? string.Empty;
        if (text.Equals("help", StringComparison.OrdinalIgnoreCase) || text == "?")
        {
            foreach (var activity in HelpCard.Build())
            {
                await turn.SendAsync(activity, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await turn.SendTextAsync(FallbackText, cancellationToken).ConfigureAwait(false);
    }
}
