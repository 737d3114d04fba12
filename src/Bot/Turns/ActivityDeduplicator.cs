using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// Channels retry an activity they think timed out (Teams after 15 s, Direct Line clients too), so the same
/// (conversation.id, id) can arrive twice, even while the first is still running. The second caller awaits the
/// first turn's answer instead of running the turn again. Bounded in time and in count. A large answer is kept whole
/// only for <see cref="TurnOptions.ReplyRetention"/>, and only while all held answers fit in
/// <see cref="TurnOptions.ReplyMemoryBytes"/> (oldest given up first), then replaced by the small one the caller named:
/// memory holds ids for the whole window but replies only for the channels' retry period, and never more than the
/// budget however fast turns arrive. An activity is remembered by a 128-bit hash of its two ids, not the ids
/// themselves: 16 bytes instead of a few hundred for every one of the up to <see cref="TurnOptions.DedupeCapacity"/>
/// held, and the chance that two of them share a hash is about 2^-97.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time, IOptionsMonitor<TurnOptions> options)
{
    private readonly ConcurrentDictionary<UInt128, Entry> _entries = new();
    // Plain queues under one short lock: a ConcurrentQueue doubles its segment on every wrap up to a million slots,
    // so a steady flow through it ends up allocating 24-32 MB arrays on the large object heap however few it holds.
    private readonly Lock _gate = new();
    private readonly Queue<(UInt128 Key, long ExpiresAt)> _order = new();
    private readonly Queue<(UInt128 Key, long TrimAt, long ExpiresAt, int Bytes)> _trims = new();
    private long _heldBytes;
    private (TurnReply Reply, Lazy<Task<TurnReply>> Turn)? _settled;

    public int Count => _entries.Count;

    /// <summary>Bytes of whole answers held for retries now.</summary>
    public long HeldReplyBytes => Interlocked.Read(ref _heldBytes);

    /// <summary>Runs <paramref name="turn"/> once per key within the window; duplicates share its result.</summary>
    /// <param name="afterRetention">What a duplicate gets once the reply retention has passed; null keeps the whole answer.</param>
    public Task<TurnReply> RunOnceAsync(string conversationId, string activityId, Func<Task<TurnReply>> turn, out bool duplicate, TurnReply? afterRetention = null)
    {
        var key = KeyOf(conversationId, activityId);
        var now = time.GetTimestamp();
        Evict(now);
        var mine = new Entry(new Lazy<Task<TurnReply>>(turn), now + ToTicks(options.CurrentValue.DedupeWindow), afterRetention);
        var entry = _entries.GetOrAdd(key, mine);
        if (!ReferenceEquals(entry, mine) && (entry.ExpiresAt <= now || entry.Turn.Value.IsFaulted || entry.Turn.Value.IsCanceled))
        {
            // A failed or expired first attempt must not poison the retry: run it again.
            _entries.TryUpdate(key, mine, entry);
            entry = _entries.GetOrAdd(key, mine);
        }

        duplicate = !ReferenceEquals(entry, mine);
        if (duplicate)
        {
            return entry.Turn.Value;
        }

        lock (_gate)
        {
            _order.Enqueue((key, mine.ExpiresAt));
        }

        return afterRetention is null ? mine.Turn.Value : HoldAsync(key, mine);
    }

    /// <summary>Counts the answer against the reply budget once it exists, and books its trim.</summary>
    private async Task<TurnReply> HoldAsync(UInt128 key, Entry entry)
    {
        var reply = await entry.Turn.Value.ConfigureAwait(false);
        var bytes = reply.Body.Length;
        Interlocked.Add(ref _heldBytes, bytes);
        lock (_gate)
        {
            _trims.Enqueue((key, time.GetTimestamp() + ToTicks(options.CurrentValue.ReplyRetention), entry.ExpiresAt, bytes));
        }

        return reply;
    }

    private void Evict(long now)
    {
        // Eviction is housekeeping: when another turn is already doing it, this one need not wait for the lock.
        if (!_gate.TryEnter())
        {
            return;
        }

        var budget = options.CurrentValue.ReplyMemoryBytes;
        var capacity = options.CurrentValue.DedupeCapacity;
        try
        {
            while (_trims.TryPeek(out var due) && (due.TrimAt <= now || _heldBytes > budget))
            {
                _trims.Dequeue();
                // Only the entry this record was made for (its turn has answered: the record is booked after).
                Interlocked.Add(ref _heldBytes, -due.Bytes);
                if (_entries.TryGetValue(due.Key, out var held) && held.ExpiresAt == due.ExpiresAt && held.AfterRetention is { } small)
                {
                    _entries.TryUpdate(due.Key, held with { Turn = Settled(small), AfterRetention = null }, held);
                }
            }

            // The queue holds one record per admitted entry (a replaced one leaves a stale record, so this errs towards
            // evicting early); its count is cheap, where the dictionary's Count takes every lock on every turn.
            while (_order.TryPeek(out var head) && (head.ExpiresAt <= now || _order.Count > capacity))
            {
                _order.Dequeue();
                if (_entries.TryGetValue(head.Key, out var entry) && entry.ExpiresAt == head.ExpiresAt)
                {
                    _entries.TryRemove(new KeyValuePair<UInt128, Entry>(head.Key, entry));
                }
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <summary>One shared finished answer for every trimmed entry (callers pass the same small answer; runs under the gate).</summary>
    private Lazy<Task<TurnReply>> Settled(TurnReply small)
    {
        if (_settled is not { } settled || !ReferenceEquals(settled.Reply, small))
        {
            _settled = settled = (small, new Lazy<Task<TurnReply>>(Task.FromResult(small)));
        }

        return settled.Turn;
    }

    /// <summary>XxHash128 of the conversation id's length, then both ids' characters: no pair of ids writes the same input.</summary>
    internal static UInt128 KeyOf(string conversationId, string activityId)
    {
        var length = 2 + conversationId.Length + activityId.Length;
        char[]? rented = null;
        var chars = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        chars[0] = (char)(conversationId.Length >> 16);
        chars[1] = (char)conversationId.Length;
        conversationId.CopyTo(chars[2..]);
        activityId.CopyTo(chars[(2 + conversationId.Length)..]);
        var key = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(chars));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return key;
    }

    private long ToTicks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);

    private sealed record Entry(Lazy<Task<TurnReply>> Turn, long ExpiresAt, TurnReply? AfterRetention);
}
