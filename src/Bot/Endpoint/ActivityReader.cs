using System.Buffers;
using System.Text.Json;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Endpoint;

/// <summary>Reads an inbound activity with every malformed case answered by a short, specific reason.</summary>
internal static class ActivityReader
{
    public sealed record Result(Activity? Activity, string? Error);

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (!IsJson(request.ContentType))
        {
            return new(null, "Content-Type must be application/json.");
        }

        if (request.ContentLength > maxBytes)
        {
            return new(null, $"Body is larger than the {maxBytes}-byte limit.");
        }

        // A pooled buffer sized from Content-Length when there is one: most activities are a few KB, read once.
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is { } length and > 0 ? (int)length + 1 : 16 * 1024);
        try
        {
            var written = 0;
            while (true)
            {
                if (written == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, written).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(written), ct);
                if (read == 0)
                {
                    break;
                }

                written += read;
                if (written > maxBytes)
                {
                    return new(null, $"Body is larger than the {maxBytes}-byte limit.");
                }
            }

            return Parse(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static Result Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return new(null, "Body is empty; an activity JSON object is required.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.Default.Activity);
        }
        catch (JsonException ex)
        {
            // The path names the field without echoing what the user sent.
            return new(null, ex.Path is { Length: > 1 } path
                ? $"Body is not a valid activity: '{path}' is malformed or has the wrong type."
                : "Body is not valid JSON, or is not a JSON object.");
        }

        if (activity is null)
        {
            return new(null, "Body must be a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return new(null, "Activity has no 'type'.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return new(null, "Activity has no 'conversation.id'.");
        }

        if (activity.ServiceUrl is { } serviceUrl && !IsHttpUrl(serviceUrl))
        {
            return new(null, "'serviceUrl' must be an absolute http(s) URL.");
        }

        if (activity.ServiceUrl is null && !activity.ExpectsReplies)
        {
            return new(null, "Activity has no 'serviceUrl'; replies would have nowhere to go.");
        }

        return new(activity, null);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
