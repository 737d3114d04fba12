using System.Collections.Frozen;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>
/// suggest_empathy: two or three responses to what the patient or family said, each with why it works: the best
/// matching tough-moment entry's phrasing, a NURSE statement for the emotion heard, and an "I wish / I worry" line.
/// </summary>
internal static class EmotionActions
{
    private static readonly FrozenDictionary<string, string[]> Emotions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["anger"] = ["angry", "furious", "yell", "shout", "blame", "fault", "incompetent", "sue", "giving up", "mad"],
        ["fear"] = ["scared", "afraid", "frightened", "terrified", "worried", "what will happen", "panic"],
        ["sadness"] = ["cry", "crying", "tears", "sobbing", "sad", "grief", "quiet", "silent"],
        ["hope"] = ["miracle", "fight", "beat this", "everything", "recover", "god", "strong", "not giving up"],
        ["exhaustion"] = ["tired", "can't", "cannot", "too much", "exhausted", "enough", "done"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Feeling, string[] Cues)> Nurse = new Dictionary<string, (string, string[])>(StringComparer.Ordinal)
    {
        ["anger"] = ("frustration", ["carried", "anyone would", "makes sense", "exhausted"]),
        ["fear"] = ("fear", ["frightened", "scared", "scariest"]),
        ["sadness"] = ("sadness", ["shaken", "weighing"]),
        ["hope"] = ("hope and love", ["stood by", "says a lot", "here"]),
        ["exhaustion"] = ("exhaustion", ["exhausted", "carried", "anyone would"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Register(Dictionary<string, DialogAction> actions, KnowledgeBase knowledge) =>
        actions["suggest_empathy"] = (context, _) => Task.FromResult(Suggest(context, knowledge));

    private static ActionResult Suggest(ActionContext context, KnowledgeBase knowledge)
    {
        var remark = context.Slot("remark");
        var lower = remark.ToLowerInvariant();
        var emotion = Emotions.OrderByDescending(e => e.Value.Count(c => lower.Contains(c, StringComparison.Ordinal))).First();
        var heard = emotion.Value.Any(c => lower.Contains(c, StringComparison.Ordinal)) ? emotion.Key : "sadness";
        var nurse = knowledge.Framework("nurse")!;
        var wish = knowledge.Framework("wish_worry_wonder")!;
        var moment = knowledge.Index.Search(remark, 5)
            .Select(h => h.Entry)
            .FirstOrDefault(e => e.Kind == EntryKind.Moment && e.Phrasings.Count > 0 && e.Frameworks.Any(f => f is "nurse" or "wish_worry_wonder" or "conflict_anger" or "hope"));

        var used = new List<string>();
        var lines = new List<string> { $"It sounds like there may be **{Nurse[heard].Feeling}** in that. Here are some ways to respond:" };
        if (moment is not null && EntryText.BestPhrasing(moment, Emotions[heard]) is { } fromMoment)
        {
            used.Add(fromMoment);
            lines.Add($"1. \"{fromMoment}\"\n   *Why:* {EntryText.FirstSentence(moment.WhyItWorks)}");
        }

        var nurseLine = EntryText.BestPhrasing(nurse, Nurse[heard].Cues, used)!;
        used.Add(nurseLine);
        var nurseStep = nurse.Steps.FirstOrDefault(s => nurse.Phrasings.ToList().IndexOf(nurseLine) * nurse.Steps.Count / Math.Max(1, nurse.Phrasings.Count) == nurse.Steps.ToList().IndexOf(s)) ?? nurse.Steps[0];
        lines.Add($"{used.Count}. \"{nurseLine}\"\n   *Why (NURSE, {nurseStep.Name}):* {EntryText.FirstSentence(nurseStep.Text)}");

        var wishLine = EntryText.BestPhrasing(wish, heard == "hope" ? ["hoping", "worried"] : ["wish"], used)!;
        used.Add(wishLine);
        lines.Add($"{used.Count}. \"{wishLine}\"\n   *Why (I wish / I worry):* {EntryText.FirstSentence(wish.Headline)}");
        lines.Add($"Then pause and let the silence work. *Avoid:* {nurse.Avoid.FirstOrDefault()}");

        IReadOnlyList<string> entryIds = [.. new[] { moment?.Id, nurse.Id, wish.Id }.OfType<string>()];
        context.Turn.Facts.Frameworks = ["nurse", "wish_worry_wonder"];
        context.Turn.Facts.EntryIds = entryIds;
        return new ActionResult
        {
            Send = [Feedback.FeedbackLoop.Enable(DialogEngine.Markdown(string.Join("\n\n", lines)))],
            Set = new Dictionary<string, string> { ["emotion"] = heard },
        };
    }
}
