using System.Text.Json;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>Reads the streaminfo entity of an activity (brief §6.6).</summary>
internal static class StreamAssert
{
    public sealed record StreamInfo(string? Type, string? StreamId, int? Sequence);

    public static StreamInfo Info(Activity activity)
    {
        var entity = Assert.Single(activity.Entities ?? [], e => e.Type == "streaminfo");
        var extra = entity.Extra ?? [];
        return new StreamInfo(
            extra.TryGetValue("streamType", out var type) ? type.GetString() : null,
            extra.TryGetValue("streamId", out var id) ? id.GetString() : null,
            extra.TryGetValue("streamSequence", out var sequence) && sequence.ValueKind == JsonValueKind.Number ? sequence.GetInt32() : null);
    }

    public static Entity AiMessage(Activity activity) =>
        Assert.Single(activity.Entities ?? [], e => e.Type == "https://schema.org/Message");
}
