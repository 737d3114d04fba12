using System.Text.Json;
using System.Text.Json.Serialization;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.DirectLine;

/// <summary>Body of token generate and conversation start; DirectLineJS sends <c>{ user: { id }, locale }</c>.</summary>
internal sealed record ClientHello(ChannelAccount? User, string? Locale);

/// <summary>Answer to generate, refresh, start and reconnect (brief §5).</summary>
internal sealed record ConversationInfo(
    string ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    string? StreamUrl);

/// <summary>A page of history, or one WebSocket frame. The watermark is the next sequence number to read.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);

/// <summary>Same wire conventions as <see cref="ProtocolJson"/>: camelCase out, any casing in, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    AllowTrailingCommas = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    MaxDepth = 64)]
[JsonSerializable(typeof(ClientHello))]
[JsonSerializable(typeof(ConversationInfo))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(TokenClaims))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class DirectLineJson : JsonSerializerContext;
