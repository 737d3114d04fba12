using System.Globalization;
using System.Threading.Channels;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// One conversation's bounded history and its open streams. Every change happens under one lock, so a stream
/// that subscribes sees each activity exactly once: either in its backlog or as a live frame.
/// </summary>
internal sealed class DirectLineConversation(string id, string userId, long createdAt)
{
    // A stream that falls this far behind loses its oldest frames rather than holding memory; it can reconnect.
    private const int StreamBuffer = 256;

    private readonly Lock _gate = new();
    private readonly List<(long Seq, Activity Activity)> _history = [];
    private readonly List<Channel<ActivitySet>> _streams = [];
    private readonly CancellationTokenSource _ended = new();
    private long _nextSeq;
    private long _lastActive = createdAt;

    public string Id => id;

    public string UserId => userId;

    public bool Started { get; private set; }

    /// <summary>Cancelled when the conversation is evicted; open streams close on it.</summary>
    public CancellationToken Ended => _ended.Token;

    public long LastActive => Volatile.Read(ref _lastActive);

    public void Touch(long timestamp) => Volatile.Write(ref _lastActive, timestamp);

    /// <summary>True the first time only: the bot is told about a conversation once.</summary>
    public bool MarkStarted()
    {
        lock (_gate)
        {
            var first = !Started;
            Started = true;
            return first;
        }
    }

    /// <summary>Stores the activity with the next id (<c>{conversationId}|{seq:0000000}</c>) and pushes it to open streams.</summary>
    public Activity Append(Activity activity, DateTimeOffset now, int maxActivities)
    {
        lock (_gate)
        {
            var seq = _nextSeq++;
            var stored = activity with
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{id}|{seq:0000000}"),
                Timestamp = now.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            };
            _history.Add((seq, stored));
            if (_history.Count > maxActivities)
            {
                _history.RemoveRange(0, _history.Count - maxActivities);
            }

            PushLocked(stored);
            return stored;
        }
    }

    /// <summary>
    /// Like <see cref="Append"/>, unless an activity with the same client id is still in history: then that one is
    /// returned and <paramref name="duplicate"/> is true. Checked and stored under one lock, so two racing re-posts store one.
    /// </summary>
    public Activity AppendUnlessKnown(Activity activity, string? clientActivityId, DateTimeOffset now, int maxActivities, out bool duplicate)
    {
        lock (_gate)
        {
            if (clientActivityId is not null)
            {
                foreach (var (_, stored) in _history)
                {
                    if (stored.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
                        && data.TryGetProperty("clientActivityID", out var known)
                        && known.ValueEquals(clientActivityId)
                        && stored.From?.Role == "user")
                    {
                        duplicate = true;
                        return stored;
                    }
                }
            }

            duplicate = false;
            return Append(activity, now, maxActivities);
        }
    }

    /// <summary>Replaces a stored activity in place (same id, same position); false when it is unknown or already dropped.</summary>
    public bool Replace(Activity activity)
    {
        lock (_gate)
        {
            var index = _history.FindIndex(e => e.Activity.Id == activity.Id);
            if (index < 0)
            {
                return false;
            }

            var updated = activity with { Timestamp = _history[index].Activity.Timestamp };
            _history[index] = (_history[index].Seq, updated);
            PushLocked(updated);
            return true;
        }
    }

    public bool Remove(string activityId)
    {
        lock (_gate)
        {
            return _history.RemoveAll(e => e.Activity.Id == activityId) > 0;
        }
    }

    /// <summary>Sends to open streams only: typing is never stored, as in the Azure service.</summary>
    public void Broadcast(Activity activity)
    {
        lock (_gate)
        {
            PushLocked(activity);
        }
    }

    /// <summary>Activities with sequence at or after <paramref name="watermark"/>, and the watermark to ask with next.</summary>
    public ActivitySet Read(long watermark)
    {
        lock (_gate)
        {
            return ReadLocked(watermark);
        }
    }

    public int ActivityCount
    {
        get { lock (_gate) { return _history.Count; } }
    }

    /// <summary>Opens a stream: the backlog from the watermark, then every later change. The oldest stream is closed past the limit.</summary>
    public (ActivitySet Backlog, ChannelReader<ActivitySet> Live) Subscribe(long watermark, int maxStreams)
    {
        var channel = Channel.CreateBounded<ActivitySet>(new BoundedChannelOptions(StreamBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _streams.Add(channel);
            while (_streams.Count > maxStreams)
            {
                _streams[0].Writer.TryComplete();
                _streams.RemoveAt(0);
            }

            return (ReadLocked(watermark), channel.Reader);
        }
    }

    public void Unsubscribe(ChannelReader<ActivitySet> live)
    {
        lock (_gate)
        {
            _streams.RemoveAll(c => ReferenceEquals(c.Reader, live));
        }
    }

    public void End()
    {
        lock (_gate)
        {
            foreach (var stream in _streams)
            {
                stream.Writer.TryComplete();
            }

            _streams.Clear();
            _history.Clear();
        }

        _ended.Cancel();
    }

    private ActivitySet ReadLocked(long watermark)
    {
        var from = Math.Max(0, watermark);
        var page = _history.Where(e => e.Seq >= from).Select(e => e.Activity).ToList();
        return new ActivitySet(page, _nextSeq.ToString(CultureInfo.InvariantCulture));
    }

    private void PushLocked(Activity activity)
    {
        var frame = new ActivitySet([activity], _nextSeq.ToString(CultureInfo.InvariantCulture));
        foreach (var stream in _streams)
        {
            stream.Writer.TryWrite(frame);
        }
    }
}
