using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.Connector;

/// <summary>Normal delivery: replies go out-of-band to the inbound activity's serviceUrl.</summary>
internal sealed class ConnectorReplySender(ConnectorClient client, string serviceUrl) : IReplySender
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.ReplyToId is { Length: > 0 }
            ? client.ReplyToActivityAsync(serviceUrl, activity, cancellationToken)
            : client.SendToConversationAsync(serviceUrl, activity, cancellationToken);

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        client.UpdateActivityAsync(serviceUrl, activity, cancellationToken);

    public Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        client.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
}
