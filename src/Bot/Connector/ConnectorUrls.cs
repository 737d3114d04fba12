namespace CpcCoach.Bot.Connector;

/// <summary>Connector REST v3 addresses relative to a serviceUrl, whose own path (e.g. /amer/) is kept (brief §3.1).</summary>
internal static class ConnectorUrls
{
    public static Uri Conversations(string serviceUrl) => new($"{Base(serviceUrl)}v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        new($"{Base(serviceUrl)}v3/conversations/{Segment(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        new($"{Base(serviceUrl)}v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}");

    // Teams ids carry ':', '@' and ';' (a:1Xy;messageid=123, 29:abc@thread); each must stay one path segment.
    private static string Segment(string id) => Uri.EscapeDataString(id);

    // Exactly one '/' between the serviceUrl and v3, however the channel wrote it.
    private static string Base(string serviceUrl) => serviceUrl.TrimEnd('/') + "/";
}
