using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>Records each turn's usage facts after the rest of the pipeline ran, as the usage middleware would read them.</summary>
public sealed class FactsCapture : ITurnMiddleware
{
    public TurnFacts? Last { get; private set; }

    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        await next(turn, cancellationToken);
        Last = turn.Facts;
    }
}
