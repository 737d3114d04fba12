using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Around every user turn: answers the privacy commands first, otherwise runs the turn and then records what it
/// decided. Recording only queues (<see cref="UsageQueue"/>), so it adds nothing a user could wait for.
/// </summary>
internal sealed class UsageMiddleware(PrivacyCommands privacy, UsageRecorder recorder, TimeProvider time) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        if (!UsageRecorder.IsUserTurn(turn.Activity))
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await privacy.TryHandleAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var inbound = turn.Activity.Text;
        var started = time.GetTimestamp();
        var outcome = UsageOutcomes.Failed;
        try
        {
            await next(turn, cancellationToken).ConfigureAwait(false);
            outcome = UsageOutcomes.Ok;
        }
        catch (OperationCanceledException)
        {
            outcome = UsageOutcomes.Cancelled;
            throw;
        }
        finally
        {
            // Failed and timed-out turns were answered with an apology by the error boundary: they count too.
            recorder.Record(turn, inbound, outcome, time.GetElapsedTime(started));
        }
    }
}
