using System.Collections.Frozen;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Protocol;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>
/// compose_plan: turns the prepare flow's five answers into a pocket card. The talk map is the steps of the
/// framework for this kind of conversation; phrases, emotional moments and pitfalls come from the entries
/// matching the news, what they understand, and the clinician's worry.
/// </summary>
internal static class PrepareActions
{
    private static readonly FrozenDictionary<string, string> ByKind = Map(
        ("family_meeting", "family_meeting_value"), ("serious_news", "spikes"), ("goals_of_care", "remap"),
        ("code_status", "code_status"), ("hospice", "hospice_transition"));

    private static readonly FrozenDictionary<string, string> ByNews = Map(
        ("new_diagnosis", "spikes"), ("comfort", "remap"), ("code_status", "code_status"), ("trial", "time_limited_trial"), ("hospice", "hospice_transition"));

    private static readonly FrozenDictionary<string, string> ByUnderstanding = Map(
        ("unaware", "ask_tell_ask"), ("optimistic", "prognostic_awareness"), ("partial", "ask_tell_ask"), ("aware", "sicg"));

    private static readonly FrozenDictionary<string, string> ByWorry = Map(
        ("anger", "conflict_anger"), ("denial", "do_everything"), ("sadness", "nurse"), ("disagreement", "surrogate_decision"), ("words", "wish_worry_wonder"));

    private static readonly FrozenDictionary<string, string[]> WorryCues = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["anger"] = ["angry", "frustrat", "upset", "hear"],
        ["denial"] = ["hope", "everything", "wish", "fight"],
        ["sadness"] = ["shaken", "frighten", "exhausted", "weighing"],
        ["disagreement"] = ["would", "want", "decid", "she", "he"],
        ["words"] = ["wish", "worry", "wonder"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The frameworks the answers so far point to, main one first (the routing of a prepare-flow turn).</summary>
    public static IEnumerable<string> FrameworksOf(IReadOnlyDictionary<string, string> slots)
    {
        foreach (var (map, slot) in new[] { (ByKind, "kind"), (ByNews, "news"), (ByUnderstanding, "understanding"), (ByWorry, "worry") })
        {
            if (slots.GetValueOrDefault(slot) is { } value && map.TryGetValue(value, out var key))
            {
                yield return key;
            }
        }
    }

    public static void Register(Dictionary<string, DialogAction> actions, KnowledgeBase knowledge) =>
        actions["compose_plan"] = (context, _) => Task.FromResult(Compose(context, knowledge));

    private static ActionResult Compose(ActionContext context, KnowledgeBase knowledge)
    {
        KnowledgeEntry? Entry(FrozenDictionary<string, string> map, string slot) =>
            map.TryGetValue(context.Slot(slot), out var key) ? knowledge.Framework(key) : null;

        var main = Entry(ByKind, "kind") ?? knowledge.Framework("family_meeting_value")!;
        var news = Entry(ByNews, "news");
        var understanding = Entry(ByUnderstanding, "understanding");
        var worry = Entry(ByWorry, "worry");
        var nurse = knowledge.Framework("nurse");
        var used = new[] { main, news, understanding, worry, nurse }.OfType<KnowledgeEntry>().DistinctBy(e => e.Id).ToList();

        var phrases = new List<string>();
        void AddPhrase(string? phrase)
        {
            if (phrase is not null && !phrases.Contains(phrase))
            {
                phrases.Add(phrase);
            }
        }

        AddPhrase(understanding?.Phrasings.FirstOrDefault());
        AddPhrase(main.Phrasings.FirstOrDefault());
        AddPhrase(news?.Phrasings.Skip(1).FirstOrDefault() ?? news?.Phrasings.FirstOrDefault());
        AddPhrase(main.Phrasings.Skip(1).FirstOrDefault());

        var cues = WorryCues.GetValueOrDefault(context.Slot("worry")) ?? [];
        var moments = new List<string>();
        var worryTitle = context.Slot("worry_title");
        if (EntryText.BestPhrasing(worry, cues, phrases) is { } worryPhrase)
        {
            moments.Add($"{(worryTitle.Length > 0 ? worryTitle : "When it gets hard")}: \"{worryPhrase}\"");
        }

        foreach (var step in nurse?.Steps.Take(2) ?? [])
        {
            if (EntryText.PhrasingFor(nurse!, nurse!.Steps.ToList().IndexOf(step), nurse.Steps.Count) is { } nursePhrase)
            {
                moments.Add($"{step.Name}: \"{nursePhrase}\"");
            }
        }

        var avoid = new[] { main.Avoid.FirstOrDefault(), worry?.Avoid.FirstOrDefault(), news?.Avoid.FirstOrDefault() }
            .OfType<string>().Distinct(StringComparer.Ordinal).Take(3).ToList();
        var lastStep = main.Steps.Count > 0 ? main.Steps[^1] : null;
        var close = $"{(lastStep is null ? string.Empty : EntryText.FirstSentence(lastStep.Text) + " ")}\"{main.Phrasings.LastOrDefault()}\"";

        var title = $"{Label(context, "kind")} with {Label(context, "who").ToLowerInvariant()}";
        var plan = new PocketPlan(
            title,
            [.. main.Steps.Select(s => $"{s.Name}: {EntryText.FirstSentence(s.Text)}")],
            phrases,
            moments,
            avoid,
            close,
            [.. used.Select(EntryText.ShortName)])
        {
            Frameworks = [.. FrameworksOf(context.Slots).Distinct(StringComparer.Ordinal)],
        };

        context.Turn.Facts.Frameworks = [.. used.Select(e => e.Id)];
        context.Turn.Facts.EntryIds = [.. used.Select(e => e.Id)];
        return new ActionResult
        {
            Plan = plan,
            Send =
            [
                DialogEngine.Markdown("Here's your plan as a pocket card. Say **show my plan** any time to see it again."),
                PocketCard.Build(plan, AdaptiveCards.SupportsCards(context.Turn.Activity.ChannelId)),
            ],
        };
    }

    private static string Label(ActionContext context, string slot) =>
        context.Slot(slot + "_title") is { Length: > 0 } title ? title : context.Slot(slot).Replace('_', ' ');

    private static FrozenDictionary<string, string> Map(params (string Key, string Value)[] pairs) =>
        pairs.ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
