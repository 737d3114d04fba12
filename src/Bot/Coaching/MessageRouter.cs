using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;
using Route = CpcCoach.Knowledge.Routing.Route;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// Routes a turn's message once, and reads it for safety once. Practice asks whether a message requests practice
/// before the coach answers it, a running dialog checks a message for self-harm before the router sees it, and
/// routing (safety, cues, search) is the costliest step of a turn, so later asks about the same text reuse the first
/// answer.
/// </summary>
public sealed class MessageRouter(Router router, SafetyClassifier safety)
{
    private static readonly object RouteSlot = new();
    private static readonly object SafetySlot = new();

    public Route Route(TurnContext turn, string redactedText)
    {
        if (turn.Items.TryGetValue(RouteSlot, out var held) && held is Routed routed && string.Equals(routed.Text, redactedText, StringComparison.Ordinal))
        {
            return routed.Route;
        }

        var route = router.Route(redactedText, text => Safety(turn, text));
        turn.Items[RouteSlot] = new Routed(redactedText, route);
        return route;
    }

    /// <summary>The safety signals of <paramref name="redactedText"/>, classified at most once per turn.</summary>
    public SafetySignals Safety(TurnContext turn, string redactedText)
    {
        if (turn.Items.TryGetValue(SafetySlot, out var held) && held is Classified classified && string.Equals(classified.Text, redactedText, StringComparison.Ordinal))
        {
            return classified.Signals;
        }

        var signals = safety.Classify(redactedText);
        turn.Items[SafetySlot] = new Classified(redactedText, signals);
        return signals;
    }

    private sealed record Routed(string Text, Route Route);

    private sealed record Classified(string Text, SafetySignals Signals);
}
