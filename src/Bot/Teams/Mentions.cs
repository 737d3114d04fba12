using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Teams;

/// <summary>
/// In team and group chats Teams only delivers messages that @mention the bot, and the mention stays in the
/// text: "&lt;at&gt;CPC Coach&lt;/at&gt; quick tip". Commands and routing must see "quick tip" (brief §6.2).
/// </summary>
public static partial class Mentions
{
    /// <summary>
    /// The text without the bot's mentions. Each mention entity naming the recipient is removed by its exact
    /// text; other people's mentions keep their name and lose only the tags. Null when nothing changed.
    /// </summary>
    public static string? StripBotMentions(Activity activity)
    {
        if (activity.Text is not { Length: > 0 } text || !text.Contains("<at", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var botId = activity.Recipient?.Id;
        var botName = activity.Recipient?.Name;
        var stripped = text;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention" && MentionText(entity, botId) is { Length: > 0 } mentionText)
            {
                stripped = stripped.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        // Whatever <at> tags are left: the bot's own (if an entity was missing or re-encoded) go, anyone else's keep the name.
        stripped = AtTag().Replace(stripped, match =>
        {
            var inner = WebUtility.HtmlDecode(match.Groups["name"].Value).Trim();
            return botName is { Length: > 0 } && string.Equals(inner, botName, StringComparison.OrdinalIgnoreCase) ? " " : inner;
        });
        stripped = Spaces().Replace(stripped.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase), " ").Trim();
        return stripped == text ? null : stripped;
    }

    // The entity's text only when it mentions the bot (mentioned.id == recipient.id): ids, not names, decide.
    private static string? MentionText(Entity entity, string? botId)
    {
        if (entity.Extra is not { } fields || botId is null)
        {
            return null;
        }

        var mentionsBot = fields.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
            && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && string.Equals(id.GetString(), botId, StringComparison.Ordinal);
        return mentionsBot && fields.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }

    [GeneratedRegex(@"<at(\s[^>]*)?>(?<name>.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
