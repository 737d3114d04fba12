using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>Settings and activities shared by the outbound tests.</summary>
public static class ConnectorSetup
{
    /// <summary>Teams-shaped ids: each has characters that must be URL-encoded in a path segment.</summary>
    public const string ConversationId = "a:1Xy;messageid=123";
    public const string UserId = "29:abc@thread";
    public const string BotId = "28:bot-app-id";

    /// <summary>
    /// Runs the app on <paramref name="clock"/>. Timeouts are pushed far beyond any retry delay, so the only
    /// short timers the clock sees are Polly's retry waits.
    /// </summary>
    public static BotApp OnClock(this BotApp app, ConnectorClock clock) => app
        .With("Connector:AttemptTimeout", "00:05:00")
        .With("Connector:TotalTimeout", "00:10:00")
        .With("Turns:Timeout", "00:02:00")
        // The reminder poller runs on the same clock; its 30 s default would look like a retry wait.
        .With("Proactive:PollInterval", "00:10:00")
        .WithServices(services => services.AddSingleton<TimeProvider>(clock));

    /// <summary>A normal-delivery (no expectReplies) Teams-like activity whose replies go to <paramref name="serviceUrl"/>.</summary>
    public static JsonObject TeamsActivity(string serviceUrl, string type, string id, JsonObject? fields = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Dr Test", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CPC Coach" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["locale"] = "en-US",
        };
        foreach (var (key, value) in fields ?? [])
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }
}
