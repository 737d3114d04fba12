using System.Collections.Concurrent;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>Sits in the real turn pipeline and remembers who the bot thinks sent each activity.</summary>
public sealed class AuthCallerCapture : ITurnMiddleware
{
    private readonly ConcurrentQueue<(string? CallerId, CallerIdentity Caller)> _seen = new();

    public IReadOnlyCollection<(string? CallerId, CallerIdentity Caller)> Seen => _seen;

    public Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        _seen.Enqueue((turn.Activity.CallerId, turn.Caller));
        return next(turn, cancellationToken);
    }
}
