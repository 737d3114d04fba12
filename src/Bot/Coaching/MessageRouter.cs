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

    public Route Route(TurnContext turn, string redactedText) =>
        Once(turn, RouteSlot, redactedText, text => router.Route(text, t => Safety(turn, t)));

    /// <summary>The safety signals of <paramref name="redactedText"/>, classified at most once per turn.</summary>
    public SafetySignals Safety(TurnContext turn, string redactedText) => Once(turn, SafetySlot, redactedText, safety.Classify);

    /// <summary>The answer for <paramref name="text"/> kept in the turn's slot, or a fresh one when the slot holds another text's.</summary>
    private static T Once<T>(TurnContext turn, object slot, string text, Func<string, T> compute)
    {
        if (turn.Items.TryGetValue(slot, out var held) && held is Held<T> kept && string.Equals(kept.Text, text, StringComparison.Ordinal))
        {
            return kept.Value;
        }

        var value = compute(text);
        turn.Items[slot] = new Held<T>(text, value);
        return value;
    }

    private sealed record Held<T>(string Text, T Value);
}
