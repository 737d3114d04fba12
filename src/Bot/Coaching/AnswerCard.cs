using System.Buffers;
using System.Text.Json;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Answers;

namespace CpcCoach.Bot.Coaching;

/// <summary>
/// An answer as an Adaptive Card 1.5: tip, things to say, what to avoid, the source, and follow-up buttons. The same
/// card <see cref="AdaptiveCards"/> would build, written straight to JSON: every coaching answer carries one, and a
/// tree of nodes serialised into an element cost a tenth of everything the bot allocated per turn.
/// </summary>
internal static class AnswerCard
{
    /// <summary>One buffer per thread for the card's JSON; the element parsed from it owns a copy, so it is reused.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? ThreadBuffer;

    public static Attachment Build(Answer answer)
    {
        var buffer = ThreadBuffer ??= new ArrayBufferWriter<byte>(8192);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Default.Options.Encoder }))
        {
            Write(json, answer);
        }

        return new Attachment { ContentType = AdaptiveCards.ContentType, Content = JsonElement.Parse(buffer.WrittenSpan) };
    }

    private static void Write(Utf8JsonWriter json, Answer answer)
    {
        json.WriteStartObject();
        json.WriteString("type", "AdaptiveCard");
        json.WriteString("$schema", AdaptiveCards.Schema);
        json.WriteString("version", AdaptiveCards.Version);
        json.WriteStartArray("body");

        // Notices (crisis resources, a decline) go out as their own messages first, so they are never below the fold.
        if (answer.Title.Length > 0)
        {
            Text(json, answer.Title, size: "Medium", weight: "Bolder", style: "heading");
        }

        if (answer.Tip.Length > 0)
        {
            Text(json, $"**Tip:** {answer.Tip}");
        }

        if (answer.Steps.Count > 0)
        {
            Text(json, "The map", weight: "Bolder");
            for (var i = 0; i < answer.Steps.Count; i++)
            {
                Text(json, $"{i + 1}. **{answer.Steps[i].Name}:** {answer.Steps[i].Text}");
            }
        }

        if (answer.Say.Count > 0)
        {
            Text(json, "Things to say", weight: "Bolder");
            json.WriteStartObject();
            json.WriteString("type", "Container");
            json.WriteString("style", "emphasis");
            json.WriteStartArray("items");
            foreach (var phrase in answer.Say)
            {
                Text(json, $"“{phrase}”");
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (answer.Avoid is { } avoid)
        {
            Text(json, $"**Avoid:** {avoid}");
        }

        if (answer.Primary is { } primary)
        {
            Text(json, $"Source: {primary.PrimarySource}", size: "Small", subtle: true);
        }

        json.WriteEndArray();
        if (answer.FollowUps.Count > 0)
        {
            json.WriteStartArray("actions");
            foreach (var followUp in answer.FollowUps)
            {
                SubmitText(json, followUp.Title, followUp.Text);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A TextBlock, with its properties in the order of <see cref="AdaptiveCards.Text"/>.</summary>
    private static void Text(Utf8JsonWriter json, string text, string? size = null, string? weight = null, bool subtle = false, string? style = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "TextBlock");
        json.WriteString("text", text);
        json.WriteBoolean("wrap", true);
        if (size is not null) json.WriteString("size", size);
        if (weight is not null) json.WriteString("weight", weight);
        if (subtle) json.WriteBoolean("isSubtle", true);
        if (style is not null) json.WriteString("style", style);
        json.WriteEndObject();
    }

    /// <summary>The same Action.Submit as <see cref="AdaptiveCards.SubmitText"/>.</summary>
    private static void SubmitText(Utf8JsonWriter json, string title, string text)
    {
        json.WriteStartObject();
        json.WriteString("type", "Action.Submit");
        json.WriteString("title", title);
        json.WriteStartObject("data");
        json.WriteStartObject("msteams");
        json.WriteString("type", "imBack");
        json.WriteString("value", text);
        json.WriteEndObject();
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
