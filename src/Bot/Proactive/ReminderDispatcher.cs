using System.Net;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// Sends every due reminder once: claims it (atomically, see <see cref="IReminderStore"/>) and posts the debrief invitation with "send to conversation" (brief §3.5). The
/// Connector pipeline attaches a fresh bot token. A refused send (403 blocked, 404 gone) deletes the
/// reference; a failed one is tried again later, a bounded number of times.
/// </summary>
internal sealed class ReminderDispatcher(
    IReminderStore store, ConversationReferences references, ConnectorClient connector, TimeProvider time,
    IOptionsMonitor<ProactiveOptions> options, ILogger<ReminderDispatcher> logger)
{
    private const int Batch = 20;
    private TaskCompletionSource _pass = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastPassTicks;

    /// <summary>Completes when the pass after this call finishes; lets tests wait for the scheduler without sleeping.</summary>
    internal Task NextPassAsync() => Volatile.Read(ref _pass).Task;

    /// <summary>The time the last finished pass looked for due reminders (UTC); set before that pass's task completes.</summary>
    internal DateTimeOffset LastPassAt => new(Interlocked.Read(ref _lastPassTicks), TimeSpan.Zero);

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var now = time.GetUtcNow();
        try
        {
            IReadOnlyList<Reminder> due;
            do
            {
                due = await store.ClaimDueAsync(now, Batch, cancellationToken).ConfigureAwait(false);
                foreach (var reminder in due)
                {
                    sent += await DeliverAsync(reminder, now, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }
            while (due.Count == Batch);
        }
        finally
        {
            Interlocked.Exchange(ref _lastPassTicks, now.UtcTicks);
            Interlocked.Exchange(ref _pass, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reference = reminder.Reference;
        var invitation = ReminderMessages.Invitation() with
        {
            ChannelId = reference.ChannelId,
            Conversation = new ConversationAccount { Id = reference.Conversation.Id, TenantId = reference.Conversation.TenantId },
            From = reference.Bot,
            Recipient = reference.User,
            Locale = reference.Locale,
        };
        try
        {
            await connector.SendToConversationAsync(reference.ServiceUrl, invitation, cancellationToken).ConfigureAwait(false);
            Log.ReminderSent(logger, reminder.ConversationId, (now - reminder.DueAt).TotalMilliseconds);
            return true;
        }
        catch (ConnectorException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // 403 MessageWritesBlocked (the user blocked the bot) or a conversation that no longer exists: stop writing there.
            Log.ReminderRefused(logger, reminder.ConversationId, (int)ex.Status);
            await references.RemoveAsync(reminder.TenantId, reminder.ConversationId, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            var retry = reminder.Attempt + 1 < settings.MaxAttempts;
            Log.ReminderFailed(logger, ex, reminder.ConversationId, reminder.Attempt + 1, retry ? "will try again" : "dropped");
            if (retry)
            {
                await store.ScheduleAsync(reminder with { DueAt = now + settings.RetryDelay, Attempt = reminder.Attempt + 1 }, cancellationToken).ConfigureAwait(false);
            }

            return false;
        }
    }
}
