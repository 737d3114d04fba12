namespace CpcCoach.Bot.Turns;

/// <summary>The innermost handler of the turn pipeline.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
