using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// A fake clock that also reports the timers it is asked for, so a test can wait until Polly has scheduled
/// its retry delay (and see how long it is) before advancing time: no sleeps, no races.
/// </summary>
public sealed class ConnectorClock : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Done)> _waiters = [];
    private int _consumed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Registered with the clock before anyone hears of it: a test that advances as soon as it is told must find it.
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate)
        {
            _timers.Add(dueTime);
            Match();
        }

        return timer;
    }

    /// <summary>The due time of the next timer (not yet returned by this method) that <paramref name="match"/> accepts.</summary>
    public Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> match)
    {
        var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiters.Add((match, done));
            Match();
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Waits for the next timer no longer than <paramref name="limit"/> (a retry delay, not a timeout) and fires it.</summary>
    public async Task<TimeSpan> AdvancePastNextDelayAsync(TimeSpan limit)
    {
        var due = await NextTimerAsync(d => d > TimeSpan.Zero && d <= limit);
        Advance(due);
        return due;
    }

    /// <summary>
    /// Disposes <paramref name="app"/> while keeping this clock moving: Polly's pipeline disposal waits for executions
    /// still winding down by polling on the app's clock (one-second delays), which a fake clock would hold forever.
    /// </summary>
    public async Task DisposeAppAsync(IAsyncDisposable app)
    {
        var disposing = app.DisposeAsync().AsTask();
        while (!disposing.IsCompleted)
        {
            var next = NextTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1));
            if (await Task.WhenAny(disposing, next) == next && next.IsCompletedSuccessfully)
            {
                Advance(await next);
            }
        }

        await disposing;
    }

    private void Match()
    {
        while (_waiters.Count > 0 && _consumed < _timers.Count)
        {
            var (match, done) = _waiters[0];
            var index = _timers.FindIndex(_consumed, d => match(d));
            if (index < 0)
            {
                return;
            }

            _consumed = index + 1;
            _waiters.RemoveAt(0);
            done.TrySetResult(_timers[index]);
        }
    }
}
