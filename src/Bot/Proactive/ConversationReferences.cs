using System.Text.Json;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Teams;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Proactive;

/// <summary>
/// Where the bot can speak later (brief §3.5): one reference per (tenant, conversation id), in the same
/// IDistributedCache as conversation state (Redis when <c>State:Redis</c> is set), with a sliding lifetime.
/// Only references from authenticated activities are stored, so their serviceUrl was verified (A7560).
/// </summary>
public sealed class ConversationReferences(IDistributedCache cache, IOptions<StateOptions> state, IOptionsMonitor<ProactiveOptions> options)
{
    public static ConversationReference From(Activity activity) => new(
        activity.ChannelId ?? string.Empty,
        activity.ServiceUrl ?? string.Empty,
        new ConversationAccount
        {
            Id = activity.Conversation?.Id,
            TenantId = TeamsUser.TenantOf(activity),
            ConversationType = activity.Conversation?.ConversationType,
        },
        activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null,
        // The user's display name is not kept: a proactive send needs only the ids.
        activity.From is { } user ? new ChannelAccount { Id = user.Id, AadObjectId = user.AadObjectId } : null,
        activity.Locale,
        ActivityId: null);

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) =>
        cache.SetAsync(
            Key(reference.Conversation.TenantId, reference.Conversation.Id!),
            JsonSerializer.SerializeToUtf8Bytes(reference, ProtocolJson.Default.ConversationReference),
            new DistributedCacheEntryOptions { SlidingExpiration = options.CurrentValue.ReferenceLifetime },
            cancellationToken);

    public async Task<ConversationReference?> GetAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(tenantId, conversationId), cancellationToken).ConfigureAwait(false);
        return bytes is null ? null : JsonSerializer.Deserialize(bytes, ProtocolJson.Default.ConversationReference);
    }

    public Task RemoveAsync(string? tenantId, string conversationId, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(tenantId, conversationId), cancellationToken);

    private string Key(string? tenantId, string conversationId) =>
        $"{state.Value.KeyPrefix}ref:{tenantId ?? "none"}:{conversationId}";
}
