using CpcCoach.Bot.Protocol;
using System.Text.Json.Serialization;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// A debrief invitation due at <see cref="DueAt"/>. Holds ids, never text: the conversation reference to write to
/// (a copy, so the schedule alone survives a restart) and the person it is for. One per (conversation, user):
/// asking again moves the time instead of adding a second.
/// </summary>
public sealed record Reminder(string Id, string UserKey, ConversationReference Reference, DateTimeOffset DueAt, int Attempt = 0)
{
    public string? TenantId => Reference.Conversation.TenantId;

    public string ConversationId => Reference.Conversation.Id ?? string.Empty;

    /// <summary>The index that "stop reminders" and uninstall clear for a conversation.</summary>
    public string ConversationIndex => ConversationIndexOf(TenantId, ConversationId);

    /// <summary>The index "forget me" and "stop reminders" clear for a person across conversations.</summary>
    public string UserIndex => UserIndexOf(UserKey);

    public static string ConversationIndexOf(string? tenantId, string conversationId) => $"conv:{tenantId ?? "none"}:{conversationId}";

    public static string UserIndexOf(string userKey) => $"user:{userKey}";

    public static string IdFor(string? tenantId, string conversationId, string userKey) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', tenantId, conversationId, userKey))))[..32];
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Reminder))]
internal sealed partial class ProactiveJson : JsonSerializerContext;
