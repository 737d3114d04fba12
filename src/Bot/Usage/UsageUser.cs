using System.Text.Json;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// Who sent a turn, as far as usage and erasure need it. Only ever turned into a pseudonym or handed to
/// <see cref="UserDataEraser"/>s; never stored or logged as such.
/// </summary>
/// <param name="Tenant">Entra tenant id, or "channel:{channelId}" where the channel has no tenant (web chat).</param>
/// <param name="UserId">Entra object id when the channel gives one (stable across Teams chats), else from.id.</param>
public sealed record UsageUser(string Tenant, string UserId, string ChannelId, string ChannelUserId, string? ConversationId)
{
    public static UsageUser? From(Activity activity)
    {
        if (activity.From?.Id is not { Length: > 0 } fromId)
        {
            return null;
        }

        var channel = activity.ChannelId ?? "unknown";
        var tenant = activity.Conversation?.TenantId ?? TenantFromChannelData(activity.ChannelData) ?? $"channel:{channel}";
        var userId = activity.From.AadObjectId is { Length: > 0 } aad ? aad : fromId;
        return new UsageUser(tenant, userId, channel, fromId, activity.Conversation?.Id);
    }

    // Teams puts the tenant in channelData.tenant.id; conversation.tenantId is not always present.
    private static string? TenantFromChannelData(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
