using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>A real SQLite store that can be switched off, to play a database outage.</summary>
public sealed class FlakyUsageStore(string folder) : IUsageStore
{
    private readonly SqlUsageStore _inner = new(UsageDialect.Sqlite(Path.Combine(folder, "usage.db")), TimeProvider.System);

    public volatile bool Down;

    public int FailedCalls;

    /// <summary>Sizes of the batches handed to the store, in order.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<int> Batches { get; } = new();

    public Task AppendAsync(IReadOnlyList<UsageEvent> events, CancellationToken cancellationToken) => Guard(() =>
    {
        Batches.Enqueue(events.Count);
        return _inner.AppendAsync(events, cancellationToken);
    });

    public Task<IReadOnlyList<UsageEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => Guard(() => _inner.ReadAsync(from, to, cancellationToken));

    public Task<int> DeleteAsync(UsageDeletion deletion, CancellationToken cancellationToken) => Guard(() => _inner.DeleteAsync(deletion, cancellationToken));

    public Task SetOptOutAsync(IReadOnlyList<string> pseudonyms, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken) =>
        Guard(() => _inner.SetOptOutAsync(pseudonyms, optedOut, at, cancellationToken));

    public Task<IReadOnlySet<string>> ReadOptOutsAsync(CancellationToken cancellationToken) => Guard(() => _inner.ReadOptOutsAsync(cancellationToken));

    private T Guard<T>(Func<T> call) where T : Task
    {
        if (Down)
        {
            Interlocked.Increment(ref FailedCalls);
            throw new InvalidOperationException("usage store is down (test)");
        }

        return call();
    }
}
