using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Once at start and then daily: deletes events older than Usage:RetentionDays (in the usage store and in every
/// <see cref="IRetainedUsageData"/>, such as the practice ledger) and reloads the opt-out list
/// (so opt-outs and opt-ins made on other instances apply here). A failure is logged and retried next day.
/// </summary>
public sealed class UsageRetention(
    IUsageStore store,
    IEnumerable<IRetainedUsageData> derived,
    OptOuts optOuts,
    TimeProvider time,
    IOptions<UsageOptions> options,
    ILogger<UsageRetention> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        do
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            optOuts.Replace(await store.ReadOptOutsAsync(cancellationToken).ConfigureAwait(false));
            var cutoff = UsageRecorder.HourOf(time.GetUtcNow()).AddDays(-options.Value.RetentionDays);
            var deleted = await store.DeleteAsync(new UsageDeletion(Before: cutoff), cancellationToken).ConfigureAwait(false);
            foreach (var data in derived)
            {
                deleted += await data.DeleteBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
            }

            Log.UsagePurged(logger, deleted, options.Value.RetentionDays);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.UsagePurgeFailed(logger, ex);
        }
    }
}
