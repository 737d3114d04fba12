using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>
/// debrief_support: reflects the clinician's three answers back, then self-care from the clinician_self_care entry.
/// Crisis resources come first when they said they are not OK, or when anything they wrote voices self-harm.
/// </summary>
internal static class DebriefActions
{
    public static void Register(Dictionary<string, DialogAction> actions, KnowledgeBase knowledge)
    {
        var safety = new SafetyClassifier();
        actions["debrief_support"] = (context, _) => Task.FromResult(Support(context, knowledge, safety));
    }

    private static ActionResult Support(ActionContext context, KnowledgeBase knowledge, SafetyClassifier safety)
    {
        var answers = new[] { "went_well", "hard", "next_time" }.Select(context.Slot).ToList();
        var selfHarm = answers.Any(a => safety.Classify(a).SelfHarmRisk);
        var severe = selfHarm || context.Slot("weight") == "overwhelming";
        var send = new List<Protocol.Activity>();
        if (severe)
        {
            send.Add(DialogEngine.Markdown(SafetyTexts.CrisisResources));
        }

        var care = knowledge.Framework("clinician_self_care")!;
        var reflection = $"Thank you for taking the time. One thing to try next time: *{context.Slot("next_time")}*. " +
                         "Naming what went well matters as much as naming what was hard.";
        var ideas = string.Join("\n", care.Steps.Take(3).Select(s => $"- {EntryText.Step(s)}"));
        send.Add(DialogEngine.Markdown($"{reflection}\n\n{SafetyTexts.SelfCare}\n\n**Looking after yourself** ({EntryText.ShortName(care)}):\n{ideas}"));
        context.Turn.Facts.Frameworks = [care.Id];
        context.Turn.Facts.EntryIds = [care.Id];
        return new ActionResult { Send = send, Set = new Dictionary<string, string> { ["severe"] = severe ? "yes" : "no" } };
    }
}
