using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Feedback;

/// <summary>
/// "Was this helpful?" on a coaching answer, both ways: Teams' own thumbs (channelData.feedbackLoopEnabled, answered
/// by the message/submitAction invoke) and our card buttons for every other channel.
/// </summary>
public static class FeedbackLoop
{
    /// <summary>Turns on Teams' feedback buttons for this message, keeping any channelData already there.</summary>
    public static Activity Enable(Activity activity)
    {
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonNode.Parse(existing.GetRawText())!.AsObject()
            : [];
        data["feedbackLoopEnabled"] = true;
        return activity with { ChannelData = JsonSerializer.SerializeToElement(data, ProtocolJson.Default.JsonObject) };
    }

    /// <summary>Thumbs buttons to append to an answer card's actions; a click starts the short feedback flow.</summary>
    public static JsonArray Buttons() =>
    [
        Button("👍 Helpful", FeedbackRatings.Helpful),
        Button("👎 Not helpful", FeedbackRatings.Unhelpful),
    ];

    private static JsonObject Button(string title, string rating) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["cpc"] = "feedback", ["rating"] = rating },
    };
}
