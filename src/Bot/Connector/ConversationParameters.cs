using System.Text.Json;
using System.Text.Json.Serialization;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Connector;

/// <summary>Body of "create conversation" (brief §3.5): a new 1:1 chat with a user who has the bot installed.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public JsonElement? ChannelData { get; init; }
}

/// <summary>Wire settings for Connector-only types, matching <see cref="ProtocolJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationParameters))]
internal sealed partial class ConnectorJson : JsonSerializerContext;
