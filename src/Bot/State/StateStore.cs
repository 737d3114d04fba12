using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.State;

/// <summary>
/// Typed conversation and user state in <see cref="IDistributedCache"/> (memory, or Redis shared by instances).
/// Callers hold the conversation's <see cref="ConversationLock"/> around load and save; the revision fence
/// below is the second line of defence if a lease ever lapsed.
/// </summary>
public sealed class StateStore(IDistributedCache cache, IOptionsMonitor<StateOptions> options, ILogger<StateStore> logger)
{
    public async Task<ConversationState> LoadConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(ConversationKey(channelId, conversationId), cancellationToken).ConfigureAwait(false);
        return bytes is null ? new ConversationState() : Read(bytes, StateJson.Default.ConversationState) ?? new ConversationState();
    }

    /// <summary>
    /// Writes <paramref name="next"/> as the revision after <paramref name="loaded"/>. Returns false, writing nothing,
    /// when someone else saved in between: that turn's update wins and this one is reported, never silently merged.
    /// </summary>
    public async Task<bool> SaveConversationAsync(
        string channelId, string conversationId, ConversationState loaded, ConversationState next, CancellationToken cancellationToken)
    {
        var key = ConversationKey(channelId, conversationId);
        var stored = await cache.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var current = RevisionOf(stored);
        if (current != loaded.Revision)
        {
            // The quick look decides only the common case; a refusal is confirmed the way the state is loaded.
            current = stored is null ? 0 : Read(stored, StateJson.Default.ConversationState)?.Revision ?? 0;
        }

        if (current != loaded.Revision)
        {
            Log.StateConflict(logger, conversationId, loaded.Revision, current);
            return false;
        }

        // A turn cancelled by its timeout must not write: its lease may already belong to another instance.
        cancellationToken.ThrowIfCancellationRequested();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(next with { Revision = loaded.Revision + 1 }, StateJson.Default.ConversationState);
        await cache.SetAsync(key, bytes, Expiry(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<UserState> LoadUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(UserKey(channelId, userId), cancellationToken).ConfigureAwait(false);
        return bytes is null ? new UserState() : Read(bytes, StateJson.Default.UserState) ?? new UserState();
    }

    public Task SaveUserAsync(string channelId, string userId, UserState state, CancellationToken cancellationToken) =>
        cache.SetAsync(UserKey(channelId, userId), JsonSerializer.SerializeToUtf8Bytes(state, StateJson.Default.UserState), Expiry(), cancellationToken);

    /// <summary>"Forget me": deletes the user's state and the state of every conversation recorded for them.</summary>
    public async Task ForgetUserAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var user = await LoadUserAsync(channelId, userId, cancellationToken).ConfigureAwait(false);
        foreach (var conversationId in user.Conversations)
        {
            await cache.RemoveAsync(ConversationKey(channelId, conversationId), cancellationToken).ConfigureAwait(false);
        }

        await cache.RemoveAsync(UserKey(channelId, userId), cancellationToken).ConfigureAwait(false);
        Log.UserForgotten(logger, user.Conversations.Count);
    }

    public Task ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        cache.RemoveAsync(ConversationKey(channelId, conversationId), cancellationToken);

    /// <summary>What follows <c>State:KeyPrefix</c> in every conversation state's key, and in no other key.</summary>
    private const string ConversationPart = "conv:";

    internal string ConversationKey(string channelId, string conversationId) => $"{options.CurrentValue.KeyPrefix}{ConversationPart}{channelId}:{conversationId}";

    /// <summary>How every <see cref="ConversationKey"/> starts, under <paramref name="keyPrefix"/> (<c>State:KeyPrefix</c>).</summary>
    internal static string ConversationKeys(string keyPrefix) => keyPrefix + ConversationPart;

    internal string UserKey(string channelId, string userId) => $"{options.CurrentValue.KeyPrefix}user:{channelId}:{userId}";

    private DistributedCacheEntryOptions Expiry() => new() { AbsoluteExpirationRelativeToNow = options.CurrentValue.IdleExpiry };

    /// <summary>
    /// The stored revision, read without building the rest of the state (the fence runs on every save); -1 when the
    /// bytes are not a JSON object with a number "revision", so the caller falls back to a full read.
    /// </summary>
    internal static long RevisionOf(byte[]? bytes)
    {
        if (bytes is null)
        {
            return 0;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRevision = reader.ValueTextEquals("revision"u8);
                reader.Read();
                if (isRevision)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var revision) ? revision : -1;
                }

                reader.Skip();
            }

            return 0;
        }
        catch (JsonException)
        {
            return -1;
        }
    }

    private T? Read<T>(byte[] bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException ex)
        {
            // Unreadable state (a much older build, a manual edit) starts fresh rather than breaking every turn.
            Log.StateUnreadable(logger, ex);
            return default;
        }
    }
}
