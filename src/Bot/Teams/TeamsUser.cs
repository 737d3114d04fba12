using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Teams;

/// <summary>
/// Who the user is, in Teams terms. The 29: id is different for every bot and can change; the Entra object id
/// (from.aadObjectId) is the same person in every chat, so roles, reminders and the usage pseudonym key on it.
/// </summary>
public static class TeamsUser
{
    /// <summary>from.aadObjectId when it is a GUID, as Teams sends it; null on channels without Entra (web chat, Emulator).</summary>
    public static string? ObjectId(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } id && Guid.TryParse(id, out var guid) ? guid.ToString("D") : null;

    /// <summary>A stable key for the person: tenant and object id when known, else channel and channel user id.</summary>
    public static string? Key(Activity activity) => ObjectId(activity) is { } objectId
        ? $"{TenantOf(activity) ?? "none"}:{objectId}"
        : activity.From?.Id is { Length: > 0 } fromId ? $"{activity.ChannelId}:{fromId}" : null;

    /// <summary>Teams always puts the tenant in channelData.tenant.id; conversation.tenantId is not always set.</summary>
    public static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant
        : activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
          && data.TryGetProperty("tenant", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.Object
          && t.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>personal, groupChat or channel; a missing type is treated as personal (Emulator, web chat).</summary>
    public static string ConversationType(Activity activity) =>
        activity.Conversation?.ConversationType is { Length: > 0 } type ? type : "personal";
}
