using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// Polls the schedule on every instance, on the injected clock. Polling (rather than one timer per reminder)
/// is what makes the schedule survive restarts and be shared: whatever is due is found by whoever looks next.
/// </summary>
internal sealed class ReminderScheduler(ReminderDispatcher dispatcher, TimeProvider time, IOptions<ProactiveOptions> options, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            // The first pass runs at start: reminders that fell due while no instance was running go out now.
            do
            {
                try
                {
                    await dispatcher.RunDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    Log.ReminderPollFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }
}
