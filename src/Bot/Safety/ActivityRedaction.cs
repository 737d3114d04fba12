using System.Buffers;
using System.Text.Json;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Safety;

/// <summary>
/// The redacted copy of an inbound activity: its text, every string inside its value (card submit data,
/// invoke payloads), and the text of Teams' text/html or text/plain copy of the message. Other fields carry
/// channel data, not what the user typed.
/// </summary>
internal sealed class ActivityRedaction(PhiRedactor redactor)
{
    private readonly List<string> _kinds = [];

    public IReadOnlyList<string> Kinds => _kinds;

    /// <summary>The redacted activity, or the same instance when nothing was found.</summary>
    public Activity Apply(Activity activity)
    {
        var text = activity.Text is { Length: > 0 } t ? Text(t) : activity.Text;
        var value = activity.Value is { } v ? Json(v) : null;
        var attachments = activity.Attachments?.Select(Attachment).ToList();
        if (_kinds.Count == 0)
        {
            return activity;
        }

        return activity with { Text = text, Value = value ?? activity.Value, Attachments = attachments ?? activity.Attachments };
    }

    private string Text(string text)
    {
        var redaction = redactor.Redact(text);
        foreach (var kind in redaction.Kinds)
        {
            if (!_kinds.Contains(kind))
            {
                _kinds.Add(kind);
            }
        }

        return redaction.Text;
    }

    private Attachment Attachment(Attachment attachment) =>
        attachment is { ContentType: "text/html" or "text/plain", Content: { ValueKind: JsonValueKind.String } content }
            ? attachment with { Content = Json(content) ?? content }
            : attachment;

    /// <summary>A copy of the value with every string redacted, or null when no string changed.</summary>
    private JsonElement? Json(JsonElement value)
    {
        var before = _kinds.Count;
        var changed = false;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(value, writer, ref changed);
        }

        if (!changed && _kinds.Count == before)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.Clone();
    }

    private void Write(JsonElement element, Utf8JsonWriter writer, ref bool changed)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(property.Value, writer, ref changed);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer, ref changed);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                var original = element.GetString()!;
                var redacted = Text(original);
                changed |= !ReferenceEquals(original, redacted) && original != redacted;
                writer.WriteStringValue(redacted);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
