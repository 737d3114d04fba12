using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>Picks where a normal-delivery turn's replies go: the Connector at the activity's serviceUrl.</summary>
public sealed class ReplySenderFactory(ConnectorClient connector)
{
    public IReplySender ForChannel(Activity activity, CallerIdentity caller) =>
        activity.ServiceUrl is { Length: > 0 } serviceUrl
            ? new ConnectorReplySender(connector, serviceUrl)
            : throw new InvalidOperationException("The activity has no serviceUrl, so its replies cannot be delivered; use deliveryMode expectReplies.");
}
