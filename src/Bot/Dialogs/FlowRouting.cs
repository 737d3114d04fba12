using System.Collections.Frozen;
using CpcCoach.Bot.Dialogs.Actions;
using CpcCoach.Bot.State;
using CpcCoach.Bot.Turns;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The routing of a turn a guided flow answers: the flow's intent, and its frameworks best first — what the
/// clinician's answers point to (the framework being learned; the kind, news, understanding and worry of the
/// conversation being prepared), then those of the message that started the flow, then the flow's own (NURSE for
/// emotion, self-care for a debrief, which comes first there); ["none"] while nothing points anywhere yet.
/// </summary>
internal static class FlowRouting
{
    /// <summary>Slot keeping the frameworks of the routed message that started the flow, space-separated.</summary>
    public const string StartedFromSlot = "routed_frameworks";

    private static readonly FrozenDictionary<string, string> IntentByFlow =
        FlowStarter.FlowsByIntent.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Replies about the bot's own handling (a stale click) rather than any conversation.</summary>
    public static TurnRouting AboutTheBot { get; } = new(Intents.GreetingHelp, [FrameworkKeys.None]);

    public static TurnRouting Of(DialogFrame root) => For(root.Flow, root.Slots);

    public static TurnRouting For(string flow, IReadOnlyDictionary<string, string> slots) =>
        new(IntentByFlow.GetValueOrDefault(flow) ?? Intents.QuickTip, Frameworks(flow, slots));

    public static IReadOnlyList<string> Frameworks(string flow, IReadOnlyDictionary<string, string> slots)
    {
        IEnumerable<string> answered = flow switch
        {
            "learn" => [slots.GetValueOrDefault("framework") ?? string.Empty],
            "prepare" => PrepareActions.FrameworksOf(slots),
            _ => [],
        };
        var started = (slots.GetValueOrDefault(StartedFromSlot) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IEnumerable<string> keys = flow switch
        {
            "debrief" => ["clinician_self_care", .. started],
            "emotion" => [.. started, "nurse", "wish_worry_wonder"],
            _ => [.. answered, .. started],
        };
        List<string> known = [.. keys.Where(FrameworkKeys.IsKnown).Distinct(StringComparer.Ordinal).Take(3)];
        return known.Count > 0 ? known : [FrameworkKeys.None];
    }

    /// <summary>The started-from slot for a flow begun by a routed message.</summary>
    public static KeyValuePair<string, string> StartedFrom(IReadOnlyList<string> frameworks) =>
        KeyValuePair.Create(StartedFromSlot, string.Join(' ', frameworks.Where(f => f != FrameworkKeys.None)));
}
