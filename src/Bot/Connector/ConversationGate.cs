namespace CpcCoach.Bot.Connector;

/// <summary>
/// One Connector call at a time per conversation (brief §3.3): replies arrive in the order the bot sent
/// them even when one is retried, and a chatty turn stays under Teams' per-thread limits. Entries live
/// only while someone holds or waits for them, so idle conversations cost nothing.
/// </summary>
internal sealed class ConversationGate
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out entry!))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(conversationId, entry);
            throw;
        }

        return new Lease(this, conversationId, entry);
    }

    internal int ActiveConversations
    {
        get { lock (_lock) { return _entries.Count; } }
    }

    private void Leave(string conversationId, Entry entry)
    {
        lock (_lock)
        {
            if (--entry.Users == 0)
            {
                _entries.Remove(conversationId);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Lease(ConversationGate gate, string conversationId, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Semaphore.Release();
                gate.Leave(conversationId, entry);
            }
        }
    }
}
