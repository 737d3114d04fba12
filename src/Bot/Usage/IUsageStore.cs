namespace CpcCoach.Bot.Usage;

/// <summary>
/// Where usage events and opt-outs live: SQLite by default, PostgreSQL when configured (one contract test suite
/// runs against both). Implementations create and migrate their own schema on first use.
/// </summary>
public interface IUsageStore
{
    /// <summary>Appends the events in one transaction, skipping any whose pseudonym has opted out.</summary>
    Task AppendAsync(IReadOnlyList<UsageEvent> events, CancellationToken cancellationToken);

    /// <summary>Events with <paramref name="from"/> &lt;= hour &lt; <paramref name="to"/>.</summary>
    Task<IReadOnlyList<UsageEvent>> ReadAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>Deletes events of these pseudonyms ("forget me") or older than a cutoff (retention); returns how many.</summary>
    Task<int> DeleteAsync(UsageDeletion deletion, CancellationToken cancellationToken);

    /// <summary>Records (or, with <paramref name="optedOut"/> false, removes) an opt-out for each pseudonym.</summary>
    Task SetOptOutAsync(IReadOnlyList<string> pseudonyms, bool optedOut, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> ReadOptOutsAsync(CancellationToken cancellationToken);
}

/// <summary>Which events to delete: a user's (under every key they were written with), or everything before a time.</summary>
public sealed record UsageDeletion(IReadOnlyList<string>? Pseudonyms = null, DateTimeOffset? Before = null);
