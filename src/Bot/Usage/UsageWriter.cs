using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Drains the queue into the store in batches, off the reply path. A failed batch is retried with backoff while
/// new events wait in the bounded queue. On shutdown (SIGTERM) it keeps draining until the queue is empty, so
/// every event of a completed turn is written; only the host's shutdown timeout can cut that short, and then
/// what is left is counted as lost.
/// </summary>
public sealed class UsageWriter(
    UsageQueue queue, IUsageStore store, TimeProvider time, IOptions<UsageOptions> options, ILogger<UsageWriter> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    // Writes and erasures take turns, so an erased user's queued event cannot be inserted after the delete.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _abandon = new();

    /// <summary>Deletes a user's events, including any still queued. Throws when the store cannot be reached.</summary>
    public async Task<int> EraseAsync(IReadOnlyList<string> pseudonyms, CancellationToken cancellationToken)
    {
        queue.MarkErased(pseudonyms);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await store.DeleteAsync(new UsageDeletion(Pseudonyms: pseudonyms), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The server has stopped taking requests before hosted services stop, so nothing new arrives; the
        // host's shutdown timeout (cancellationToken) is the only limit on the final drain.
        using var abandon = cancellationToken.Register(_abandon.Cancel);
        queue.Complete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<QueuedEvent>(options.Value.BatchSize);
        // Not stoppingToken: stopping means "drain and finish", which WaitToReadAsync ends by returning false.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await LingerAsync(stoppingToken).ConfigureAwait(false);
            batch.Clear();
            while (batch.Count < options.Value.BatchSize && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await WriteAsync(batch, stoppingToken).ConfigureAwait(false);
        }

        Log.UsageDrained(logger, queue.Written, queue.Lost);
    }

    /// <summary>
    /// With less than a batch waiting, waits a moment for more, so that under load one transaction carries many
    /// events instead of each turn paying for its own. Ends at once when someone waits for the writer
    /// (<see cref="UsageQueue.WaitIdleAsync"/>) or the host stops.
    /// </summary>
    private async Task LingerAsync(CancellationToken stoppingToken)
    {
        var linger = options.Value.BatchLinger;
        if (linger <= TimeSpan.Zero || stoppingToken.IsCancellationRequested || queue.Pending >= options.Value.BatchSize)
        {
            return;
        }

        var flush = queue.FlushRequested;
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(linger, time, wait.Token);
        await Task.WhenAny(delay, flush).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false);
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        queue.FlushHandled(flush);
    }

    private async Task WriteAsync(List<QueuedEvent> batch, CancellationToken stoppingToken)
    {
        var delay = options.Value.RetryDelay;
        while (true)
        {
            try
            {
                await _gate.WaitAsync(_abandon.Token).ConfigureAwait(false);
                try
                {
                    var live = batch.Where(item => !queue.IsErased(item)).Select(item => item.Event).ToList();
                    await store.AppendAsync(live, _abandon.Token).ConfigureAwait(false);
                    queue.CountWritten(live.Count, batch.Count);
                }
                finally
                {
                    _gate.Release();
                }

                queue.LastError = null;
                queue.ForgetMarksBefore(batch[0].Sequence);
                return;
            }
            catch (Exception) when (_abandon.IsCancellationRequested)
            {
                queue.CountLost(batch.Count, "shutdown timeout", dequeued: true);
                return;
            }
            catch (Exception ex)
            {
                queue.LastError = ex.GetType().Name;
                Log.UsageWriteFailed(logger, ex, batch.Count, queue.Pending, delay.TotalMilliseconds);
            }

            // While running, a stop request cuts the wait short so the final drain starts at once; while draining,
            // only the shutdown timeout does.
            var wait = stoppingToken.IsCancellationRequested ? _abandon.Token : stoppingToken;
            try
            {
                await Task.Delay(delay, time, wait).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            delay = delay * 2 < MaxRetryDelay ? delay * 2 : MaxRetryDelay;
        }
    }

    public override void Dispose()
    {
        _abandon.Dispose();
        _gate.Dispose();
        base.Dispose();
    }
}
