using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Practice;

/// <summary>
/// Sessions (per conversation, expiring like other conversation state), progress (per pseudonym) and the ledger
/// educators' aggregates are computed from, all in the same <see cref="IDistributedCache"/> as the rest of the state.
/// </summary>
public sealed class PracticeStore(IDistributedCache cache, IOptionsMonitor<StateOptions> state, ConversationLock locks) : IRetainedUsageData
{
    private const string LedgerKey = "practice:ledger";

    public Task<PracticeSession?> LoadSessionAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        ReadAsync(Key($"practice:session:{channelId}:{conversationId}"), PracticeJson.Default.PracticeSession, cancellationToken);

    public Task SaveSessionAsync(string channelId, string conversationId, PracticeSession session, CancellationToken cancellationToken) =>
        cache.SetAsync(Key($"practice:session:{channelId}:{conversationId}"), JsonSerializer.SerializeToUtf8Bytes(session, PracticeJson.Default.PracticeSession),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = state.CurrentValue.IdleExpiry }, cancellationToken);

    public async Task<PracticeProgress> LoadProgressAsync(string pseudonym, CancellationToken cancellationToken) =>
        await ReadAsync(Key("practice:progress:" + pseudonym), PracticeJson.Default.PracticeProgress, cancellationToken).ConfigureAwait(false) ?? new PracticeProgress();

    /// <summary>
    /// Appends a result to the learner's history and, when <paramref name="forEducators"/> (the learner has not opted
    /// out of usage statistics), to the ledger (under a lock, so instances do not lose rows).
    /// </summary>
    public async Task RecordAsync(string pseudonym, PracticeResult result, bool forEducators, CancellationToken cancellationToken)
    {
        var progress = await LoadProgressAsync(pseudonym, cancellationToken).ConfigureAwait(false);
        var results = progress.Results.Skip(Math.Max(0, progress.Results.Count - PracticeProgress.Capacity + 1));
        await cache.SetAsync(Key("practice:progress:" + pseudonym),
            JsonSerializer.SerializeToUtf8Bytes(progress with { Results = [.. results, result] }, PracticeJson.Default.PracticeProgress), cancellationToken).ConfigureAwait(false);

        if (!forEducators)
        {
            return;
        }

        await UpdateLedgerAsync(ledger =>
        {
            var rows = ledger.Rows.Skip(Math.Max(0, ledger.Rows.Count - PracticeLedger.Capacity + 1));
            return ledger with { Rows = [.. rows, new LedgerRow(pseudonym, result.ScenarioId, result.Hour, result.Items)] };
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PracticeLedger> LoadLedgerAsync(CancellationToken cancellationToken) =>
        await ReadAsync(Key(LedgerKey), PracticeJson.Default.PracticeLedger, cancellationToken).ConfigureAwait(false) ?? new PracticeLedger();

    /// <summary>"Forget me": the learner's history and their ledger rows, under every pseudonym they were written with.</summary>
    public async Task EraseAsync(IReadOnlyList<string> pseudonyms, CancellationToken cancellationToken)
    {
        foreach (var pseudonym in pseudonyms)
        {
            await cache.RemoveAsync(Key("practice:progress:" + pseudonym), cancellationToken).ConfigureAwait(false);
        }

        await UpdateLedgerAsync(ledger => ledger with { Rows = [.. ledger.Rows.Where(r => !pseudonyms.Contains(r.Pseudonym))] }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Educators' rows older than the usage retention go with the usage events they were counted beside.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await UpdateLedgerAsync(ledger =>
        {
            var kept = ledger.Rows.Where(r => r.Hour >= cutoff).ToList();
            deleted = ledger.Rows.Count - kept.Count;
            return ledger with { Rows = kept };
        }, cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    private async Task UpdateLedgerAsync(Func<PracticeLedger, PracticeLedger> change, CancellationToken cancellationToken)
    {
        // Always the innermost lock (a turn may hold its conversation's), so this cannot deadlock.
        await using var held = await locks.AcquireAsync(LedgerKey, cancellationToken).ConfigureAwait(false);
        var ledger = await LoadLedgerAsync(cancellationToken).ConfigureAwait(false);
        await cache.SetAsync(Key(LedgerKey), JsonSerializer.SerializeToUtf8Bytes(change(ledger), PracticeJson.Default.PracticeLedger), cancellationToken).ConfigureAwait(false);
    }

    private string Key(string suffix) => state.CurrentValue.KeyPrefix + suffix;

    private async Task<T?> ReadAsync<T>(string key, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // State from an incompatible build starts fresh rather than breaking every practice turn.
            return null;
        }
    }
}
