using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Practice.Scoring;

/// <summary>
/// Turns rubric scores into feedback that quotes the learner and offers a better line from the knowledge base.
/// The better line is the first "Say it like this" phrasing of a relevant entry that the skill detector itself
/// recognises as the missing skill, so the advice and the scoring never disagree.
/// </summary>
public sealed class FeedbackBuilder(KnowledgeBase knowledge, ScenarioLibrary scenarios)
{
    /// <summary>Longer turns are cut in quotes, to keep the card within the Teams size budget.</summary>
    public const int MaxQuote = 400;

    private static readonly Dictionary<RubricItem, (string[] Entries, Skill Target)> Sources = new()
    {
        [RubricItem.Setup] = (["spikes", "ask_tell_ask", "sicg"], Skill.AskPermission),
        [RubricItem.AssessUnderstanding] = (["ask_tell_ask", "spikes", "prognostic_awareness"], Skill.AssessUnderstanding),
        [RubricItem.InfoPreference] = (["spikes", "ask_tell_ask", "prognosis_ranges", "sicg"], Skill.AskPermission),
        [RubricItem.Headline] = (["guide", "spikes"], Skill.WarningShot),
        [RubricItem.Empathy] = (["nurse", "conflict_anger"], Skill.NurseName),
        [RubricItem.Prognosis] = (["prognosis_ranges", "prepared"], Skill.PrognosisRange),
        [RubricItem.ExploreValues] = (["remap", "sicg", "do_everything", "spiritual_history", "surrogate_decision"], Skill.OpenQuestion),
        [RubricItem.Recommend] = (["remap", "code_status", "time_limited_trial", "hospice_transition"], Skill.Recommend),
        [RubricItem.Closure] = (["remap", "family_meeting_value", "sicg", "nurse"], Skill.SummarisePlan),
    };

    /// <summary>What to work on first: emotion before information, understanding before telling, exploring before recommending.</summary>
    private static readonly RubricItem[] Priority =
    [
        RubricItem.Empathy, RubricItem.AssessUnderstanding, RubricItem.Headline, RubricItem.ExploreValues, RubricItem.Setup,
        RubricItem.InfoPreference, RubricItem.Prognosis, RubricItem.Recommend, RubricItem.Closure,
    ];

    public PracticeFeedback Build(Scenario scenario, IReadOnlyList<PracticeTurn> turns, IReadOnlyCollection<string> scenariosDone)
    {
        var scores = RubricScorer.Score(scenario.Rubric, turns);
        var numeric = scores.Where(s => s.Score is not null && !s.Item.IsQualitative() && s.Turn is not null && Sources.ContainsKey(s.Item)).ToList();
        var strengths = numeric.Where(s => s.Score == 2).Take(2).Select(s => Point(scenario, turns, s)).ToList();
        var toTry = numeric.Where(s => s.Score < 2).OrderBy(s => Array.IndexOf(Priority, s.Item)).ThenBy(s => s.Score).Take(2).Select(s => Point(scenario, turns, s)).ToList();
        var notes = scores.Where(s => s.Note is not null).ToList();
        var weakest = toTry.FirstOrDefault()?.Item;
        var (next, reason) = Next(scenario, weakest, scenariosDone);
        return new PracticeFeedback(scores, strengths, toTry, notes, next, reason);
    }

    private FeedbackPoint Point(Scenario scenario, IReadOnlyList<PracticeTurn> turns, ItemScore score)
    {
        var quote = turns[score.Turn!.Value].Learner;
        if (quote.Length > MaxQuote)
        {
            quote = quote[..MaxQuote] + "…";
        }

        var (entry, phrasing) = Phrasing(scenario, score.Item);
        return new FeedbackPoint(score.Item, score.Score, score.Turn.Value, quote, score.Why, phrasing, entry?.Id ?? string.Empty, entry?.PrimarySource ?? string.Empty);
    }

    private (KnowledgeEntry? Entry, string Phrasing) Phrasing(Scenario scenario, RubricItem item)
    {
        var (ids, target) = Sources[item];
        var ordered = ids.OrderBy(id => scenario.Frameworks.Contains(id) ? 0 : 1).Select(knowledge.Find).OfType<KnowledgeEntry>().ToList();
        foreach (var entry in ordered)
        {
            foreach (var phrasing in entry.Phrasings)
            {
                var skills = SkillDetector.Detect(phrasing);
                var hit = target == Skill.NurseName ? skills.AnyEmpathic : skills.Has(target);
                if (hit && !skills.Has(Skill.PrematureReassurance) && !skills.Has(Skill.Jargon))
                {
                    return (entry, phrasing);
                }
            }
        }

        var fallback = ordered.FirstOrDefault();
        return (fallback, fallback?.Phrasings.FirstOrDefault() ?? fallback?.Headline ?? string.Empty);
    }

    private (string? Id, string Reason) Next(Scenario current, RubricItem? weakest, IReadOnlyCollection<string> done)
    {
        var candidates = scenarios.All.Where(s => s.Id != current.Id)
            .OrderBy(s => weakest is { } w && s.Rubric.Contains(w) ? 0 : 1)
            .ThenBy(s => done.Contains(s.Id) ? 1 : 0)
            .ToList();
        var next = candidates.FirstOrDefault();
        return next is null ? (null, "Replay this scenario.")
            : weakest is { } item ? (next.Id, $"It gives you more practice with \"{item.Title().ToLowerInvariant()}\".")
            : (next.Id, "A new situation with different emotions.");
    }
}
