using System.Net;
using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Turns;

namespace CpcCoach.Bot.DirectLine;

/// <summary>
/// The Connector surface for Direct Line, in process: the bot's sends land in the conversation's history,
/// updates replace in place, deletes remove. Typing only goes to open streams, as in the Azure service.
/// </summary>
internal sealed class DirectLineReplySender(DirectLineConversation conversation, TimeProvider time, int maxActivities) : IReplySender
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outbound = Address(activity);
        if (outbound.Type == ActivityTypes.Typing)
        {
            conversation.Broadcast(outbound);
            return Task.FromResult(new ResourceResponse(null));
        }

        var stored = conversation.Append(outbound, time.GetUtcNow(), maxActivities);
        return Task.FromResult(new ResourceResponse(stored.Id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The Connector answers 404 for an unknown id; the bot sees the same here.
        return conversation.Replace(Address(activity))
            ? Task.FromResult(new ResourceResponse(activity.Id))
            : Task.FromException<ResourceResponse>(new ConnectorException(HttpStatusCode.NotFound, "directline"));
    }

    public Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Idempotent: the activity may already have left the bounded history.
        conversation.Remove(activityId);
        return Task.CompletedTask;
    }

    private Activity Address(Activity activity) => activity with
    {
        ChannelId = DirectLineTurns.ChannelId,
        From = activity.From ?? DirectLineTurns.Bot,
        Conversation = new ConversationAccount { Id = conversation.Id },
        ServiceUrl = null,
    };
}
