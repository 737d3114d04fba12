using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Routing;
using Route = CpcCoach.Knowledge.Routing.Route;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// Routes a turn's message once. Practice asks whether a message requests practice before the coach answers it,
/// and routing (safety, cues, search) is the costliest step of a turn, so the second ask reuses the first answer.
/// </summary>
public sealed class MessageRouter(Router router)
{
    private static readonly object Slot = new();

    public Route Route(TurnContext turn, string redactedText)
    {
        if (turn.Items.TryGetValue(Slot, out var held) && held is Routed routed && string.Equals(routed.Text, redactedText, StringComparison.Ordinal))
        {
            return routed.Route;
        }

        var route = router.Route(redactedText);
        turn.Items[Slot] = new Routed(redactedText, route);
        return route;
    }

    private sealed record Routed(string Text, Route Route);
}
