using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Model;

/// <summary>
/// The grounded answer as an activity: the text with its [n] citations, the AI label and citations as one entity,
/// the feedback buttons, and the routing entity and follow-ups of the deterministic reply it stands in for.
/// </summary>
internal static class ModelReplies
{
    public const string NotCoveredLead = "The coaching entries I have don't cover that directly, so I won't guess. The closest tip I have:";

    /// <summary>When the model says the entries do not answer, we say so and offer the closest entry's own tip.</summary>
    public static string NotCovered(KnowledgeEntry closest) => $"{NotCoveredLead} {closest.Headline} [1]";

    public static Activity Build(string text, IReadOnlyList<KnowledgeEntry> entries, Activity? template, string? channelId)
    {
        var cited = OutputGuard.Cited(text);
        var teams = string.Equals(channelId, "msteams", StringComparison.OrdinalIgnoreCase);
        var entities = new List<Entity>();
        entities.AddRange(template?.Entities?.Where(e => e.Type is not (AiEntities.MessageType or AiEntities.StreamInfoType)) ?? []);
        entities.Add(AiEntities.Message(entries, cited));
        var message = ActivityFactory.Message(teams ? text : text + Footer(entries, cited)) with
        {
            TextFormat = "markdown",
            Entities = entities,
            SuggestedActions = template?.SuggestedActions,
        };
        return message with { ChannelData = FeedbackButtons };
    }

    // Teams' thumbs up/down on the answer (brief §6.8); the submission arrives as invoke message/submitAction.
    private static readonly JsonElement FeedbackButtons =
        JsonSerializer.SerializeToElement(new JsonObject { ["feedbackLoopEnabled"] = true }, ProtocolJson.Default.JsonObject);

    // Teams renders the label and citations from the entity; other channels get them as visible text.
    private static string Footer(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<int> cited)
    {
        var footer = new StringBuilder("\n\n*AI generated from the coaching entries; check it fits your patient.*");
        foreach (var position in cited.Order())
        {
            var entry = entries[position - 1];
            footer.Append("\n\n[").Append(position).Append("] ").Append(entry.Title);
            if (entry.PrimarySource.Length > 0)
            {
                footer.Append(" (").Append(entry.PrimarySource).Append(')');
            }
        }

        return footer.ToString();
    }
}
