using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>
/// Where a turn's replies go: the Connector REST API, the expectReplies buffer, or Direct Line.
/// Activities arrive fully addressed (conversation, from, recipient, replyToId).
/// </summary>
public interface IReplySender
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
