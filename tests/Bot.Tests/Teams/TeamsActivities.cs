using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Teams;

/// <summary>
/// Activities shaped as Teams sends them (brief §6.2): a 28: bot, a 29: user with an Entra object id, the tenant in
/// conversation and channelData, and the three conversation kinds with their real id formats.
/// </summary>
internal static class TeamsActivities
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    public const string BotName = "CPC Coach";
    public const string UserId = "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GLVMmjd0Ky3qT7kA";
    public const string UserObjectId = "4c4ad37a-2d6e-4f7b-9b3f-4b7a3a0b5d11";
    public const string PersonalId = "a:1nQZt3tkG5tEnpMDA2fkRp0XjpYzqs3d9Nh1kXYG8YfL3oWbgwYOS5b7nQk6jD2gY5yZ2nK0l";
    public const string GroupChatId = "19:3b3f2d4c5e6f4a7b8c9d0e1f2a3b4c5d@thread.v2";
    public const string ChannelId = "19:0ea1a38fc0f24b7fb7ad0bb2b1e6d3a5@thread.tacv2";
    public const string TeamId = "19:c1f4f9c5e1c94d4bbd3a6b6a4f7f7a1d@thread.tacv2";

    public static JsonObject Personal(string serviceUrl, string id, string text) =>
        Message(serviceUrl, id, text, new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = PersonalId });

    public static JsonObject GroupChat(string serviceUrl, string id, string text) =>
        Mentioning(Message(serviceUrl, id, text, new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = TenantId, ["id"] = GroupChatId,
        }));

    /// <summary>A new channel post: Teams gives it a conversation id with ;messageid= set to the post's own id.</summary>
    public static JsonObject Channel(string serviceUrl, string id, string text)
    {
        var activity = Mentioning(Message(serviceUrl, id, text, new JsonObject
        {
            ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId, ["id"] = $"{ChannelId};messageid={id}",
        }));
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = ChannelId,
            ["teamsTeamId"] = TeamId,
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    public static JsonObject Installation(string serviceUrl, string id, string action) => new()
    {
        ["type"] = "installationUpdate",
        ["id"] = id,
        ["timestamp"] = "2026-03-02T09:15:00.0000000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = PersonalId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["action"] = action,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
        ["locale"] = "en-US",
    };

    public static JsonObject BotAdded(string serviceUrl, string id) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = id,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = UserObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = PersonalId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    private static JsonObject Message(string serviceUrl, string id, string text, JsonObject conversation) => new()
    {
        ["text"] = text,
        ["textFormat"] = "plain",
        ["type"] = "message",
        ["timestamp"] = "2026-03-02T09:15:00.1234567Z",
        ["localTimestamp"] = "2026-03-02T10:15:00.1234567+01:00",
        ["localTimezone"] = "Europe/Berlin",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Dr Alex Example", ["aadObjectId"] = UserObjectId },
        ["conversation"] = conversation,
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["entities"] = new JsonArray(new JsonObject
        {
            ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "Europe/Berlin", ["type"] = "clientInfo",
        }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
        ["locale"] = "en-US",
    };

    // In group chats and channels Teams puts the bot's mention both in the text and as an entity.
    private static JsonObject Mentioning(JsonObject activity)
    {
        activity["text"] = $"<at>{BotName}</at> {activity["text"]}";
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        return activity;
    }
}
