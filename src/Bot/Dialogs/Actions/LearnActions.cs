using System.Globalization;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>
/// The learn flow: a menu of every framework entry, an overview, one step at a time with an example phrasing
/// from the entry, then a three-question check built from the same entry (first step, next step, a pitfall).
/// </summary>
internal static class LearnActions
{
    /// <summary>The frameworks clinicians ask for most get the buttons; the rest can be typed.</summary>
    private static readonly string[] Featured = ["spikes", "remap", "nurse", "sicg", "wish_worry_wonder", "ask_tell_ask"];

    public const int QuizLength = 3;

    public static void Register(Dictionary<string, DialogAction> actions, KnowledgeBase knowledge)
    {
        var menu = Slots.EncodeOptions(knowledge.Entries
            .Where(e => e.Kind == EntryKind.Framework && e.Steps.Count > 0)
            .OrderBy(e => Array.IndexOf(Featured, e.Id) is var i and >= 0 ? i : Featured.Length)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .Select(e => (e.Id, EntryText.ShortName(e))));
        actions["learn_menu"] = (_, _) => Task.FromResult(new ActionResult { Set = new Dictionary<string, string> { ["framework_options"] = menu } });
        actions["learn_overview"] = (context, _) => Task.FromResult(Overview(context, knowledge));
        actions["learn_step"] = (context, _) => Task.FromResult(Teach(context, knowledge));
        actions["quiz_check"] = (context, _) => Task.FromResult(Check(context, knowledge));
    }

    private static ActionResult Overview(ActionContext context, KnowledgeBase knowledge)
    {
        if (knowledge.Framework(context.Slot("framework")) is not { Steps.Count: > 0 } entry)
        {
            return new ActionResult
            {
                Send = [DialogEngine.Markdown("I don't have step-by-step material for that one yet. Pick one of these:")],
                Set = new Dictionary<string, string> { ["framework"] = string.Empty },
                Goto = "framework",
            };
        }

        context.Turn.Facts.Frameworks = [entry.Id];
        context.Turn.Facts.EntryIds = [entry.Id];
        var text = $"**{entry.Title}**\n\n{entry.Headline}\n\n*When to use:* {EntryText.FirstSentence(entry.WhenToUse)}\n\n" +
                   $"It has {entry.Steps.Count} steps. Let's take them one at a time.";
        return new ActionResult
        {
            Send = [DialogEngine.Markdown(text)],
            // The menu (every framework's title, about 1 KB) has served its one choice: the flow never returns to it, and
            // state is read and written on every turn of the conversation.
            Set = new Dictionary<string, string>
            {
                ["name"] = EntryText.ShortName(entry), ["step_index"] = "0", ["quiz_no"] = "0", ["quiz_score"] = "0", ["framework_options"] = string.Empty,
            },
        };
    }

    private static ActionResult Teach(ActionContext context, KnowledgeBase knowledge)
    {
        var entry = knowledge.Framework(context.Slot("framework"))!;
        var index = Number(context, "step_index");
        var step = entry.Steps[Math.Min(index, entry.Steps.Count - 1)];
        var example = EntryText.PhrasingFor(entry, index, entry.Steps.Count);
        var text = $"**Step {index + 1} of {entry.Steps.Count}: {step.Name}**\n\n{step.Text}" + (example is null ? string.Empty : $"\n\n*For example:* \"{example}\"");
        var more = index + 1 < entry.Steps.Count;
        return new ActionResult
        {
            Send = [DialogEngine.Markdown(text)],
            Set = new Dictionary<string, string> { ["step_index"] = Text(index + 1), ["more"] = more ? "yes" : "no", ["go"] = string.Empty },
            Goto = more ? null : "quiz_intro",
        };
    }

    /// <summary>Scores the last answer (when there is one), gives feedback, and sets up the next question.</summary>
    private static ActionResult Check(ActionContext context, KnowledgeBase knowledge)
    {
        var entry = knowledge.Framework(context.Slot("framework"))!;
        var number = Number(context, "quiz_no");
        var score = Number(context, "quiz_score");
        var send = new List<Protocol.Activity>();
        if (number > 0)
        {
            var right = context.Slot("quiz_reply") == context.Slot("quiz_answer");
            score += right ? 1 : 0;
            send.Add(DialogEngine.Markdown((right ? "✓ Right. " : "Not quite. ") + context.Slot("quiz_explain")));
        }

        var set = new Dictionary<string, string> { ["quiz_reply"] = string.Empty, ["quiz_score"] = Text(score) };
        if (number >= QuizLength)
        {
            set["quiz_more"] = "no";
            send.Add(DialogEngine.Markdown($"You got **{score} of {QuizLength}**. Source: {entry.PrimarySource}"));
            return new ActionResult { Send = send, Set = set };
        }

        var (question, options, answer, explain) = Question(entry, number);
        set["quiz_no"] = Text(number + 1);
        set["quiz_more"] = "yes";
        set["quiz_question"] = $"Question {number + 1} of {QuizLength}: {question}";
        set["quiz_options"] = Slots.EncodeOptions(options);
        set["quiz_answer"] = answer;
        set["quiz_explain"] = explain;
        return new ActionResult { Send = send, Set = set };
    }

    private static (string Question, List<(string, string)> Options, string Answer, string Explain) Question(KnowledgeEntry entry, int number)
    {
        var steps = entry.Steps;
        var name = EntryText.ShortName(entry);
        switch (number)
        {
            case 0:
                return ($"In {name}, which step comes first?", StepOptions(steps, 0, steps.Count - 1, steps.Count / 2), "s0",
                    $"{name} starts with {EntryText.Step(steps[0])}");
            case 1 when steps.Count >= 3:
                return ($"What comes right after **{steps[1].Name}**?", StepOptions(steps, 2, 0, steps.Count - 1), "s2",
                    $"After {steps[1].Name} comes {EntryText.Step(steps[2])}");
            case 1:
                return ($"What comes right after **{steps[0].Name}**?", StepOptions(steps, 1, 0), "s1",
                    $"After {steps[0].Name} comes {EntryText.Step(steps[1])}");
            default:
                var pitfall = entry.Avoid.FirstOrDefault() ?? "Skipping the first step.";
                var choices = new[] { ("say1", entry.Phrasings.ElementAtOrDefault(0) ?? steps[0].Text), ("pitfall", pitfall), ("say2", entry.Phrasings.ElementAtOrDefault(1) ?? steps[^1].Text) };
                var list = string.Join("\n", choices.Select((c, i) => $"{(char)('A' + i)}) {c.Item2}"));
                return ($"Which of these is a pitfall to avoid?\n\n{list}",
                    [.. choices.Select((c, i) => (c.Item1, ((char)('A' + i)).ToString()))], "pitfall",
                    $"The pitfall is: {pitfall}");
        }
    }

    /// <summary>Step options ordered as they appear in the framework, so the correct one is not always first.</summary>
    private static List<(string, string)> StepOptions(IReadOnlyList<EntryStep> steps, params int[] indexes) =>
        [.. indexes.Distinct().Order().Select(i => ($"s{i}", steps[i].Name))];

    private static int Number(ActionContext context, string slot) =>
        int.TryParse(context.Slot(slot), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
