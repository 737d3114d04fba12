using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Model;

/// <summary>
/// One Teams stream (brief §6.6): an informative typing chunk whose id is the streamId, then typing chunks with the
/// whole text so far, at most one per interval, each extending the last, then the final message. Chunks are shown
/// only up to a finished sentence, so a figure is never on screen before the guard has seen what follows it.
/// </summary>
internal sealed class TeamsStream(TurnContext turn, TimeProvider time, TimeSpan interval)
{
    public const string Informative = "Looking at the coaching entries…";

    private string _shown = string.Empty;
    private long _lastSent;
    private bool _broken;

    public string? StreamId { get; private set; }

    public int Sequence { get; private set; }

    /// <summary>Teams streams only in personal chat; under expectReplies only the final message may be returned (A9247).</summary>
    public static bool Applies(Activity inbound, ModelOptions options) =>
        options.Streaming
        && !inbound.ExpectsReplies
        && string.Equals(inbound.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase)
        && string.Equals(inbound.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);

    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        Sequence = 1;
        var response = await turn.SendAsync(Chunk(Informative, "informative", null), cancellationToken).ConfigureAwait(false);
        StreamId = response.Id;
        _lastSent = time.GetTimestamp();
        return StreamId is not null;
    }

    /// <summary>Sends the finished sentences of <paramref name="text"/> if the interval has passed and they add something.</summary>
    public async Task UpdateAsync(string text, CancellationToken cancellationToken)
    {
        var end = Math.Max(text.LastIndexOfAny(['.', '!', '?', '\n']) + 1, 0);
        var visible = text[..end].TrimEnd();
        if (_broken || StreamId is null || visible.Length <= _shown.Length || !visible.StartsWith(_shown, StringComparison.Ordinal)
            || time.GetElapsedTime(_lastSent) < interval)
        {
            return;
        }

        try
        {
            await turn.SendAsync(Chunk(visible, "streaming", StreamId), cancellationToken).ConfigureAwait(false);
            _shown = visible;
            _lastSent = time.GetTimestamp();
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A refused chunk (403 stream not allowed, 429) only loses the preview; the final message still goes.
            _broken = true;
        }
    }

    /// <summary>The final message closes the stream: streaminfo final with the streamId and no sequence.</summary>
    public Activity Final(Activity message) => StreamId is null
        ? message
        : message with { Entities = [AiEntities.StreamInfo("final", StreamId, null), .. message.Entities ?? []] };

    private Activity Chunk(string text, string streamType, string? streamId)
    {
        var sequence = streamId is null ? 1 : ++Sequence;
        return ActivityFactory.Typing() with { Text = text, Entities = [AiEntities.StreamInfo(streamType, streamId, sequence)] };
    }
}
