using System.Text.Json;
using System.Text.Json.Serialization;

namespace CpcCoach.Bot.Protocol;

public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>What is persisted to reach a conversation later (proactive sends).</summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    ConversationAccount Conversation,
    ChannelAccount? Bot,
    ChannelAccount? User,
    string? Locale,
    string? ActivityId);

public sealed record MessageReaction
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
