using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.State;

/// <summary>
/// One turn at a time per conversation. Within an instance, a keyed semaphore queues turns in arrival order
/// without touching Redis; across instances, the holder of the local slot also takes the Redis lease
/// (when one is configured), polling with a short capped backoff while another instance holds it.
/// </summary>
public sealed class ConversationLock(IOptionsMonitor<StateOptions> options, TimeProvider time, IConversationLease? lease = null)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(50);

    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly IConversationLease? _lease = lease;

    /// <summary>Turns waiting or running in this instance, for tests and diagnostics.</summary>
    public int ActiveKeys
    {
        get { lock (_gate) { return _slots.Count; } }
    }

    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var slot = Enter(key);
        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, slot, released: false);
            throw;
        }

        if (_lease is null)
        {
            return new Holder(this, key, slot, null);
        }

        var token = Guid.NewGuid().ToString("N");
        var leaseKey = options.CurrentValue.KeyPrefix + "lease:" + key;
        try
        {
            var backoff = FirstBackoff;
            while (!await _lease.TryAcquireAsync(leaseKey, token, options.CurrentValue.LeaseTime, cancellationToken).ConfigureAwait(false))
            {
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
        catch
        {
            Leave(key, slot, released: true);
            throw;
        }

        return new Holder(this, key, slot, (leaseKey, token));
    }

    private Slot Enter(string key)
    {
        lock (_gate)
        {
            if (!_slots.TryGetValue(key, out var slot))
            {
                slot = new Slot();
                _slots[key] = slot;
            }

            slot.Users++;
            return slot;
        }
    }

    private void Leave(string key, Slot slot, bool released)
    {
        if (released)
        {
            slot.Semaphore.Release();
        }

        lock (_gate)
        {
            if (--slot.Users == 0)
            {
                _slots.Remove(key);
                slot.Semaphore.Dispose();
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Holder(ConversationLock owner, string key, Slot slot, (string Key, string Token)? held) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            try
            {
                if (held is { } h && owner._lease is { } lease)
                {
                    // Released even when the turn was cancelled: otherwise the conversation stalls for LeaseTime.
                    await lease.ReleaseAsync(h.Key, h.Token, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                owner.Leave(key, slot, released: true);
            }
        }
    }
}
