using System.Collections.Frozen;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The hook the message handler calls once it has routed a message: intents that are guided conversations
/// start their flow here, prefilled with what the message already said (the framework, the quoted remark).
/// </summary>
public sealed class FlowStarter(DialogEngine engine, KnowledgeBase knowledge)
{
    public static readonly FrozenDictionary<string, string> FlowsByIntent = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prepare_conversation"] = "prepare",
        ["learn_framework"] = "learn",
        ["respond_to_emotion"] = "emotion",
        ["debrief"] = "debrief",
        ["feedback"] = DialogEngine.FeedbackFlow,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] RemarkCues = ["\"", "said", "says", "asked", "asks", "told", "crying", "cried", "yelled", "shouted", "angry", "upset", "scared"];

    /// <summary>Starts the flow for <paramref name="intent"/>; false when the intent has no flow, the turn is answering a mid-dialog question, or it runs outside the dialog middleware.</summary>
    public async Task<bool> TryStartAsync(TurnContext turn, string intent, IReadOnlyList<string> frameworks, CancellationToken cancellationToken)
    {
        if (!FlowsByIntent.TryGetValue(intent, out var flow) || DialogSession.Of(turn) is not { } session || session.Interrupting)
        {
            return false;
        }

        if (session.Top is not null)
        {
            engine.CancelAll(session);
        }

        await engine.BeginAsync(session, flow, SlotsFor(flow, turn.Activity.Text ?? string.Empty, frameworks), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Dictionary<string, string> SlotsFor(string flow, string text, IReadOnlyList<string> frameworks)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        if (FlowRouting.StartedFrom(frameworks) is { Value.Length: > 0 } started)
        {
            slots.Add(started.Key, started.Value);
        }

        var lower = text.ToLowerInvariant();
        switch (flow)
        {
            case "learn" when frameworks.FirstOrDefault(f => f != FrameworkKeys.None && knowledge.Framework(f) is not null) is { } key:
                slots["framework"] = key;
                slots["framework_title"] = knowledge.Framework(key)!.Title;
                break;
            case "emotion" when UserWords.WordCount(text) >= 5 && RemarkCues.Any(c => lower.Contains(c, StringComparison.Ordinal)):
                slots["remark"] = text.Trim();
                break;
            case DialogEngine.FeedbackFlow when lower.Contains("not helpful", StringComparison.Ordinal) || lower.Contains("unhelpful", StringComparison.Ordinal) || lower.Contains("useless", StringComparison.Ordinal):
                slots["rating"] = "unhelpful";
                break;
            case DialogEngine.FeedbackFlow when lower.Contains("helpful", StringComparison.Ordinal) || lower.Contains("thank", StringComparison.Ordinal) || lower.Contains("great", StringComparison.Ordinal):
                slots["rating"] = "helpful";
                break;
        }

        return slots;
    }
}
