using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// The bounded hand-off between turns and the writer. Enqueueing never waits: a full queue (the store has been
/// down for a while) counts the event as lost, logs it and reports it on /readyz and the dashboard.
/// </summary>
public sealed class UsageQueue
{
    private readonly Channel<QueuedEvent> _channel;
    private readonly ConcurrentDictionary<string, long> _erasedUpTo = new(StringComparer.Ordinal);
    private readonly ILogger<UsageQueue> _logger;
    private readonly Counter<long> _lostCounter;
    private readonly Lock _progressGate = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _flush = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private long _lost;
    private long _written;
    private long _handled;
    private long _refused;

    public UsageQueue(IOptions<UsageOptions> options, IMeterFactory meters, ILogger<UsageQueue> logger)
    {
        _logger = logger;
        _channel = Channel.CreateBounded<QueuedEvent>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full queue refuses, and we count the refusal
            SingleReader = true,
        });
        _lostCounter = meters.Create("CpcCoach.Usage").CreateCounter<long>("cpc.usage.events_lost", description: "Usage events that could not be stored");
    }

    public ChannelReader<QueuedEvent> Reader => _channel.Reader;

    public int Pending => _channel.Reader.Count;

    public long Lost => Interlocked.Read(ref _lost);

    public long Written => Interlocked.Read(ref _written);

    /// <summary>Set while the last write failed; cleared by the next success.</summary>
    public string? LastError { get; internal set; }

    public bool TryEnqueue(UsageEvent usage)
    {
        var item = new QueuedEvent(Interlocked.Increment(ref _sequence), usage);
        if (_channel.Writer.TryWrite(item))
        {
            return true;
        }

        Interlocked.Increment(ref _refused);
        CountLost(1, _channel.Reader.Completion.IsCompleted ? "shutdown" : "queue full");
        return false;
    }

    /// <summary>Events of these pseudonyms queued up to now must not be written: the user asked to be forgotten.</summary>
    public void MarkErased(IEnumerable<string> pseudonyms)
    {
        var upTo = Interlocked.Read(ref _sequence);
        foreach (var pseudonym in pseudonyms)
        {
            _erasedUpTo[pseudonym] = upTo;
        }
    }

    internal bool IsErased(QueuedEvent item) => _erasedUpTo.TryGetValue(item.Event.Pseudonym, out var upTo) && item.Sequence <= upTo;

    /// <summary>Erasure marks older than everything still queued can go.</summary>
    internal void ForgetMarksBefore(long sequence)
    {
        foreach (var (pseudonym, upTo) in _erasedUpTo)
        {
            if (upTo < sequence)
            {
                _erasedUpTo.TryRemove(new KeyValuePair<string, long>(pseudonym, upTo));
            }
        }
    }

    /// <summary>A batch is done: <paramref name="written"/> of its <paramref name="handled"/> events went to the store.</summary>
    internal void CountWritten(int written, int handled)
    {
        Interlocked.Add(ref _written, written);
        Interlocked.Add(ref _handled, handled);
        Pulse();
    }

    internal void CountLost(int count, string reason, bool dequeued = false)
    {
        var total = Interlocked.Add(ref _lost, count);
        if (dequeued)
        {
            Interlocked.Add(ref _handled, count);
        }

        _lostCounter.Add(count);
        // The first loss, then once per hundred: a long outage must not flood the log as well.
        if (total == count || (total - count) / 100 != total / 100)
        {
            Log.UsageEventsLost(_logger, count, reason, total);
        }

        Pulse();
    }

    /// <summary>Completes when every event queued so far has been written, skipped or counted as lost.</summary>
    public async Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task progress;
            lock (_progressGate)
            {
                if (Interlocked.Read(ref _handled) + RefusedAtEnqueue >= Interlocked.Read(ref _sequence))
                {
                    return;
                }

                progress = _progress.Task;
            }

            Volatile.Read(ref _flush).TrySetResult();
            await progress.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes when someone waits for the writer, which then stops waiting for a fuller batch.</summary>
    internal Task FlushRequested => Volatile.Read(ref _flush).Task;

    /// <summary>The writer has seen <paramref name="request"/>; a later wait for a batch waits again.</summary>
    internal void FlushHandled(Task request)
    {
        var current = Volatile.Read(ref _flush);
        if (request.IsCompleted && ReferenceEquals(current.Task, request))
        {
            Interlocked.CompareExchange(ref _flush, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }

    private long RefusedAtEnqueue => Interlocked.Read(ref _refused);

    private void Pulse()
    {
        TaskCompletionSource done;
        lock (_progressGate)
        {
            done = _progress;
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>No more events after this; the writer drains what is queued and stops.</summary>
    internal void Complete() => _channel.Writer.TryComplete();
}

/// <summary>An event and its place in the queue, so erasure can tell older events from newer ones.</summary>
public sealed record QueuedEvent(long Sequence, UsageEvent Event);
