using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>
/// A test-only step in front of the real bot that exercises what the coach does not do yet on its own:
/// update and delete its own messages, and show typing. Any other text goes on to the bot.
/// </summary>
public sealed class ScriptedMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Text)
        {
            case "edit me":
                var draft = await turn.SendTextAsync("draft answer", cancellationToken);
                await turn.SendTextAsync("after the draft", cancellationToken);
                await turn.UpdateAsync(ActivityFactory.Message("final answer") with { Id = draft.Id }, cancellationToken);
                break;
            case "delete me":
                var doomed = await turn.SendTextAsync("about to vanish", cancellationToken);
                await turn.SendTextAsync("kept", cancellationToken);
                await turn.DeleteAsync(doomed.Id!, cancellationToken);
                break;
            case "think":
                await turn.SendAsync(ActivityFactory.Typing(), cancellationToken);
                await turn.SendTextAsync("done thinking", cancellationToken);
                break;
            default:
                await next(turn, cancellationToken);
                break;
        }
    }
}
