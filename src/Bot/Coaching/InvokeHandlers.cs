using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Coaching;

/// <summary>Named invoke handlers; an unknown name answers 501 as the SDK does (brief §1.3).</summary>
public sealed class InvokeHandlers
{
    private readonly Dictionary<string, TurnHandler> _handlers = new(StringComparer.Ordinal);

    public InvokeHandlers Add(string name, TurnHandler handler)
    {
        _handlers[name] = handler;
        return this;
    }

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Name is { } name && _handlers.TryGetValue(name, out var handler))
        {
            await handler(turn, cancellationToken).ConfigureAwait(false);
            turn.InvokeResponse ??= InvokeResults.Ok();
            return;
        }

        turn.InvokeResponse = InvokeResults.NotImplemented(turn.Activity.Name);
    }
}
