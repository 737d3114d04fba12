namespace CpcCoach.Bot.Turns;

/// <summary>The innermost handler of the turn pipeline.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>How the bot routes the turn's message; asked only when a reply must go before the turn decided it.</summary>
    TurnRouting RoutingOf(TurnContext turn);
}
