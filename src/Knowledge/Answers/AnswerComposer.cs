using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Answers;

/// <summary>
/// Turns a route into an answer: safety notices first, then one tip, two to four phrasings chosen to fit the
/// message, one pitfall, the source, and follow-ups. Everything said comes from a curated entry.
/// </summary>
public sealed class AnswerComposer(KnowledgeBase knowledge)
{
    public const string PalliativeTeam = "Your local palliative care team can help with that part.";

    public const string OtherScope =
        "That's outside what I can help with: I coach serious-illness conversations. For admin, letters or IT, a colleague such as case management, your manager or the help desk is the right place.";

    public const string NoEntry =
        "I don't have a good entry for that yet. Try telling me the situation in a sentence (who, what was said, what's coming up), or type help.";

    public const string Thanks = "Thanks for telling me; it helps me improve the tips.";

    private const int PhraseCount = 3;

    public Answer Compose(Route route, string redactedText)
    {
        var notices = Notices(route.Safety);
        switch (route.Intent)
        {
            case Intents.GreetingHelp:
                return new Answer { Intent = route.Intent, Notices = notices, ShowHelp = true };
            case Intents.Feedback when route.NoFramework:
                return new Answer { Intent = route.Intent, Notices = notices, Tip = Thanks };
            case Intents.OutOfScopeOther:
                notices = [.. notices, OtherScope];
                break;
        }

        if (route.NoFramework && route.FollowUp is null)
        {
            var distress = route.Safety.Distress ? knowledge.Framework("clinician_self_care") : null;
            return distress is null
                ? new Answer { Intent = route.Intent, Notices = notices, Tip = route.Intent == Intents.OutOfScopeOther ? string.Empty : NoEntry, Unanswered = route.Intent != Intents.OutOfScopeOther }
                : FromEntry(route, distress, redactedText, notices);
        }

        return FromEntry(route, ChooseEntry(route), redactedText, notices);
    }

    private static IReadOnlyList<string> Notices(SafetySignals safety)
    {
        var notices = new List<string>();
        if (safety.SelfHarmRisk)
        {
            notices.Add(SafetyTexts.CrisisResources);
        }

        if (safety.Concern != ScopeConcern.None)
        {
            var decline = SafetyTexts.Decline(safety.Concern);
            notices.Add(decline.Contains("palliative care", StringComparison.OrdinalIgnoreCase) || safety.Concern == ScopeConcern.Legal
                ? decline
                : $"{decline} {PalliativeTeam}");
        }

        if (safety.Distress && !safety.SelfHarmRisk)
        {
            notices.Add(SafetyTexts.SelfCare);
        }

        return notices;
    }

    private KnowledgeEntry ChooseEntry(Route route)
    {
        if (route.FollowUp is { } followUp)
        {
            var focus = knowledge.Find(followUp.Argument) ?? knowledge.Framework(followUp.Argument)!;
            return followUp.Prefix == FollowUps.AnotherAnglePrefix
                ? focus.Related.Select(knowledge.Find).FirstOrDefault(e => e is not null) ?? focus
                : focus;
        }

        var key = route.Safety.Distress || route.Intent == Intents.Debrief ? "clinician_self_care" : route.Frameworks[0];
        if (route.Intent == Intents.LearnFramework)
        {
            return knowledge.Framework(key)!;
        }

        // A tough moment that matches well says more than the general framework it belongs to.
        return route.Hits.FirstOrDefault(h => h.Relative >= 0.5 && h.Entry.Frameworks.Contains(key))?.Entry
            ?? knowledge.Framework(key)!;
    }

    private Answer FromEntry(Route route, KnowledgeEntry entry, string redactedText, IReadOnlyList<string> notices)
    {
        var key = entry.Frameworks[0];
        var framework = knowledge.Framework(key);
        var showSteps = route.Intent is Intents.LearnFramework or Intents.PracticeRequest;
        var scoped = route.Safety.Concern != ScopeConcern.None || route.Intent == Intents.OutOfScopeOther;
        return new Answer
        {
            Intent = route.Intent,
            Notices = notices,
            Title = scoped ? $"The communication side: {entry.Title}" : entry.Title,
            Tip = entry.Headline,
            Say = PhraseFit.Choose(entry.Phrasings, redactedText, scoped ? 2 : PhraseCount),
            Avoid = entry.Avoid.Count > 0 ? entry.Avoid[0] : null,
            Steps = showSteps ? entry.Steps : [],
            Entries = framework is not null && framework.Id != entry.Id ? [entry, framework] : [entry],
            FollowUps = FollowUps.For(entry, key),
        };
    }
}
