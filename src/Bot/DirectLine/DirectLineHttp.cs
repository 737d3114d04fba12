using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CpcCoach.Bot.Protocol;
using Microsoft.AspNetCore.Http.Features;

namespace CpcCoach.Bot.DirectLine;

/// <summary>Wire helpers shared by the Direct Line routes: credentials, the error shape, URLs, bounded bodies.</summary>
internal static class DirectLineHttp
{
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    /// <summary><c>{ "error": { "code", "message" } }</c>, as the Azure service answers.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), DirectLineJson.Default.ErrorResponse, statusCode: status);

    /// <summary>Why a credential may not touch a conversation, or null when it may. Checked before existence, so ids do not leak.</summary>
    public static IResult? Refuse(Grant grant, string conversationId) => grant.Kind switch
    {
        GrantKind.None => Error(401, "Unauthorized", "Send 'Authorization: Bearer <token or secret>'."),
        GrantKind.Expired => Error(403, "TokenExpired", "The token has expired; get a new one from /tokens/generate."),
        GrantKind.Invalid => Error(403, "Forbidden", "The token or secret is not valid."),
        _ when !grant.Reaches(conversationId) => Error(403, "Forbidden", "The token is not valid for this conversation."),
        _ => null,
    };

    public static IResult ConversationGone() =>
        Error(404, "NotFound", "The conversation is unknown or has ended.");

    /// <summary>Where the bot would reach this surface; stamped on inbound activities so conversation references are complete.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline/";

    public static string StreamUrl(HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}";
        return string.IsNullOrEmpty(watermark) ? url : $"{url}&watermark={Uri.EscapeDataString(watermark)}";
    }

    /// <summary>
    /// Reads an optional JSON body no larger than <paramref name="maxBytes"/>. Null with no error when the body is
    /// empty; an error result when it is too large or not the expected JSON.
    /// </summary>
    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, int maxBytes, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, Error(413, "MessageSizeTooBig", $"The body is larger than the {maxBytes}-byte limit."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, Error(413, "MessageSizeTooBig", $"The body is larger than the {maxBytes}-byte limit."));
            }
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type), null);
        }
        catch (JsonException)
        {
            return (null, Error(400, "BadArgument", "The body is not valid JSON of the expected shape."));
        }
    }
}
