namespace CpcCoach.Bot.Turns;

public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);

/// <summary>A step around every turn: redaction, mention stripping, usage logging.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken);
}
