using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Cards;

/// <summary>Adaptive Card 1.5 building blocks: Teams documents support up to 1.5 for bot-sent cards (brief §6.3).</summary>
public static class AdaptiveCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The card version every card declares: the most Teams renders for bot-sent cards.</summary>
    public const string Version = "1.5";

    /// <summary>Cards are budgeted at 28 KB, the most conservative Teams limit (brief §6.3).</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Channels that render no Adaptive Cards; answers and practice send them Markdown text instead.</summary>
    private static readonly FrozenSet<string> TextOnlyChannels =
        new[] { "sms", "twilio-sms", "telegram", "kik", "groupme", "line", "email" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool SupportsCards(string? channelId) => channelId is null || !TextOnlyChannels.Contains(channelId);

    public static JsonObject Card(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject Text(string text, string? size = null, string? weight = null, bool wrap = true, bool subtle = false, string? style = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = wrap };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (subtle) block["isSubtle"] = true;
        if (style is not null) block["style"] = style;
        return block;
    }

    /// <summary>An Action.Submit that behaves like the user typing <paramref name="text"/> (Teams imBack, Web Chat postBack).</summary>
    public static JsonObject SubmitText(string title, string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text },
            ["text"] = text,
        },
    };

    public static Attachment Attachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JsonSerializer.SerializeToElement(card, ProtocolJson.Default.Options),
    };

    public static int SizeInBytes(JsonObject card) => JsonSerializer.SerializeToUtf8Bytes(card, ProtocolJson.Default.Options).Length;
}
