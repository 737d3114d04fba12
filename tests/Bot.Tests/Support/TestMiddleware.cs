using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A middleware the tests put in the real pipeline: it counts turns and, for trigger words, throws,
/// or holds the turn until released or cancelled. Everything else passes through.
/// </summary>
public sealed class TestMiddleware : ITurnMiddleware
{
    private int _turns;

    public int Turns => _turns;

    /// <summary>The text of every turn as it reached this middleware (after redaction and mention stripping).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string?> Texts { get; } = new();

    /// <summary>Completed when a "hold" turn has entered the middleware.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completing this lets a held turn continue.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        Texts.Enqueue(turn.Activity.Text);
        switch (turn.Activity.Text)
        {
            case "boom":
                throw new InvalidOperationException("secret internal detail 42");
            case "hold":
                Entered.TrySetResult();
                await Release.Task.WaitAsync(cancellationToken);
                break;
            case "hold-ignoring-cancellation":
                Entered.TrySetResult();
                await Release.Task;
                break;
        }

        await next(turn, cancellationToken);
    }
}
