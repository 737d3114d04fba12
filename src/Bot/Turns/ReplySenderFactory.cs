using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Turns;

/// <summary>Picks where a normal-delivery turn's replies go.</summary>
public sealed class ReplySenderFactory(ConnectorClient connector)
{
    public IReplySender ForChannel(Activity activity, CallerIdentity caller) =>
        new ConnectorReplySender(connector, activity.ServiceUrl!);
}
