using CpcCoach.Knowledge.Answers;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Safety;
using CpcCoach.Knowledge.Search;

namespace CpcCoach.Knowledge.Routing;

/// <summary>
/// Deterministic, explainable routing: safety first, then intent cue lexicons, then frameworks from name mentions,
/// situation cues and search hits mapped to their entries' frameworks. No model is needed.
/// </summary>
public sealed class Router(KnowledgeBase knowledge, SafetyClassifier safety)
{
    /// <summary>Below this much framework evidence a message is treated as not about a communication topic.</summary>
    private const double MinFrameworkEvidence = 2.5;

    /// <summary>An out-of-scope clinical question always deserves a communication angle, so less evidence is enough.</summary>
    private const double MinScopedEvidence = 1;

    /// <summary>Second and third frameworks must carry at least this share of the best one's evidence.</summary>
    private const double RunnerUpShare = 0.3;

    /// <summary>How much the best search hit adds to its entry's first framework; later frameworks and hits get less.</summary>
    private const double SearchWeight = 3;

    /// <summary>Tie order: the more specific request wins over the generic quick tip.</summary>
    private static readonly IReadOnlyList<string> IntentOrder =
    [
        Intents.OutOfScopeOther, Intents.Feedback, Intents.PracticeRequest, Intents.Debrief, Intents.LearnFramework,
        Intents.RespondToEmotion, Intents.PrepareConversation, Intents.QuickTip, Intents.GreetingHelp,
    ];

    public Route Route(string redactedText) => Route(redactedText, safety.Classify);

    /// <summary>
    /// Routes with the caller's safety reading of the same text (a host that has already classified the message
    /// passes what it found, so the rules run once per message). It is asked only when the message needs it.
    /// </summary>
    public Route Route(string redactedText, Func<string, SafetySignals> classify)
    {
        ArgumentNullException.ThrowIfNull(classify);
        var text = Normalize(redactedText);
        if (FollowUps.Parse(text) is { } followUp && FollowUpRoute(followUp) is { } tapped)
        {
            return tapped;
        }

        var signals = classify(redactedText);
        var intents = ScoreIntents(text);
        var explanation = new List<string>();
        var scoped = signals.Concern != ScopeConcern.None;

        // Search maps the topic words; for a rating of our answer or a non-clinical task those words are not a topic.
        var rating = IntentCues.Rating.Pattern.IsMatch(text) && intents.Ranked(IntentOrder) is [{ Key: Intents.Feedback }, ..];
        var searchable = text.Length > 0 && !rating && intents[Intents.OutOfScopeOther] == 0;
        var hits = searchable ? knowledge.Index.Search(text, 5) : [];
        var frameworks = ScoreFrameworks(text, hits, scoped);
        var ranked = frameworks.Ranked(FrameworkKeys.All);
        var clinical = ranked.Count > 0 && ranked[0].Score >= (scoped ? MinScopedEvidence : MinFrameworkEvidence);

        if (scoped && !clinical)
        {
            // A declined question still gets its communication angle (frameworks.md §24), even when no cue named one.
            frameworks.Add(AngleOf(signals.Concern), MinScopedEvidence, $"communication angle of a {signals.Concern} question");
            ranked = frameworks.Ranked(FrameworkKeys.All);
            clinical = true;
        }

        var intent = ChooseIntent(intents, signals, clinical, explanation);
        if (intent == Intents.Debrief)
        {
            // Debriefing is itself the self-care framework, whatever the case was about.
            frameworks.Add("clinician_self_care", 4, "debrief intent");
            ranked = frameworks.Ranked(FrameworkKeys.All);
            clinical = true;
        }

        explanation.AddRange(intents.Reasons);
        explanation.AddRange(frameworks.Reasons);

        IReadOnlyList<string> keys = intent == Intents.GreetingHelp || !clinical
            ? [FrameworkKeys.None]
            : [.. ranked.Where(r => r.Score >= ranked[0].Score * RunnerUpShare).Take(3).Select(r => r.Key)];
        return new Route(intent, keys, hits, signals, explanation);
    }

    /// <summary>A tapped follow-up names its framework or entry, so it routes without cues or search.</summary>
    private Route? FollowUpRoute((string Prefix, string Argument) followUp)
    {
        var (prefix, argument) = followUp;
        var entry = prefix == FollowUps.FullMapPrefix ? knowledge.Framework(argument) : knowledge.Find(argument);
        if (entry is null)
        {
            return null;
        }

        var intent = prefix switch
        {
            FollowUps.FullMapPrefix => Intents.LearnFramework,
            FollowUps.PractisePrefix => Intents.PracticeRequest,
            _ => Intents.QuickTip,
        };
        return new Route(intent, [.. entry.Frameworks.Take(3)], [], NoConcern, [$"follow-up \"{prefix} {argument}\" => {intent}"])
        {
            FollowUp = followUp,
        };
    }

    private static readonly SafetySignals NoConcern = new(ScopeConcern.None, false, false);

    /// <summary>The conversation beside each out-of-scope part: explaining medicines, orders as values, decisions, ranges, the surrogate's role.</summary>
    private static string AngleOf(ScopeConcern concern) => concern switch
    {
        ScopeConcern.Dosing => "ask_tell_ask",
        ScopeConcern.Orders => "code_status",
        ScopeConcern.PatientPrognosis => "prognosis_ranges",
        ScopeConcern.ClinicalDecision => "remap",
        _ => "surrogate_decision",
    };

    private static string ChooseIntent(Evidence intents, SafetySignals signals, bool clinical, List<string> explanation)
    {
        if (signals.Concern != ScopeConcern.None)
        {
            explanation.Add($"safety concern {signals.Concern} => {Intents.OutOfScopeClinical}");
            return Intents.OutOfScopeClinical;
        }

        var ranked = intents.Ranked(IntentOrder);
        if (ranked.Count == 0)
        {
            // A clinician voicing their own distress (or self-harm) with no other request is debriefing, whatever the topic.
            var fallback = signals.Distress ? Intents.Debrief : clinical ? Intents.QuickTip : Intents.OutOfScopeOther;
            explanation.Add($"no intent cue; {(signals.Distress ? "clinician distress" : clinical ? "a communication topic" : "no communication topic")} => {fallback}");
            return fallback;
        }

        var best = ranked[0].Key;
        if (best == Intents.QuickTip && signals.Distress && intents[Intents.Debrief] == 0)
        {
            explanation.Add($"clinician distress => {Intents.Debrief}");
            return Intents.Debrief;
        }

        explanation.Add($"strongest intent {best} ({ranked[0].Score:0.##})");
        return best;
    }

    private static Evidence ScoreIntents(string text)
    {
        var evidence = new Evidence();
        foreach (var cue in IntentCues.All)
        {
            if (cue.Pattern.Match(text) is { Success: true } match)
            {
                evidence.Add(cue.Target, cue.Weight, $"intent cue \"{match.Value.Trim()}\"");
            }
        }

        // A quoted remark only asks for an empathic reply when the clinician asks how to answer it.
        if (evidence[Intents.RespondToEmotion] >= IntentCues.ReplyVerb.Weight && HasQuote(text))
        {
            evidence.Add(Intents.RespondToEmotion, 2, "quoted remark");
        }
        else if (evidence[Intents.RespondToEmotion] > 0 && evidence[Intents.RespondToEmotion] < IntentCues.ReplyVerb.Weight)
        {
            evidence.Add(Intents.RespondToEmotion, -1, "feeling shown but no question about replying");
        }

        return evidence;
    }

    private static Evidence ScoreFrameworks(string text, IReadOnlyList<SearchHit> hits, bool scoped)
    {
        var evidence = new Evidence();
        var expanded = ClinicalLexicon.Expand(text);
        foreach (var cue in FrameworkCues.Mentions.Concat(FrameworkCues.Situations))
        {
            // Names are matched as typed: an expansion such as "DNR" -> "code status" is not a mention of the framework.
            var input = cue.Weight >= FrameworkCues.Mention ? text : expanded;
            // Most cues do not match: IsMatch answers that without building a match collection.
            if (cue.Pattern.IsMatch(input) && cue.Pattern.Matches(input) is { Count: > 0 } matches)
            {
                // More distinct cue words say more, with diminishing returns so one chatty message cannot swamp the rest.
                var distinct = Math.Min(3, matches.Select(m => m.Value.ToLowerInvariant()).Distinct().Count());
                evidence.Add(cue.Target, cue.Weight * (1 + 0.5 * (distinct - 1)), $"framework cue \"{string.Join("\", \"", matches.Select(m => m.Value.Trim()).Distinct())}\"");
            }
        }

        // An out-of-scope question's clinical words (drugs, doses) are what we decline; its communication angle comes from the cues.
        var searchWeight = scoped ? SearchWeight / 3 : SearchWeight;

        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            if (hit.Relative < 0.5)
            {
                break;
            }

            for (var position = 0; position < hit.Entry.Frameworks.Count && position < 3; position++)
            {
                var weight = searchWeight * hit.Relative / (1 + rank) * (position == 0 ? 1 : 0.6 / position);
                evidence.Add(hit.Entry.Frameworks[position], Math.Round(weight, 2), $"search hit {hit.Entry.Id} ({hit.Relative:0.00})");
            }
        }

        return evidence;
    }

    private static bool HasQuote(string text)
    {
        var first = text.IndexOf('"', StringComparison.Ordinal);
        return first >= 0 && text.IndexOf('"', first + 1) > first + 3;
    }

    private static string Normalize(string text) =>
        text.Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('‘', '\'').Trim();
}
