using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Practice.Scoring;

/// <summary>
/// Scores a finished role-play on the §25 rubric from the detected skills, item by item, each pointing at the
/// learner turn it rests on. Items the scenario does not list are N/A; unreliable ones become notes.
/// </summary>
public static class RubricScorer
{
    private static readonly Skill[] Telling = [Skill.WarningShot, Skill.InfoDump, Skill.Recommend, Skill.PrognosisRange, Skill.Jargon];

    public static IReadOnlyList<ItemScore> Score(IReadOnlyList<RubricItem> rubric, IReadOnlyList<PracticeTurn> turns)
    {
        var scores = new List<ItemScore>();
        foreach (var (item, _, _) in RubricItems.All)
        {
            scores.Add(!rubric.Contains(item) || turns.Count == 0
                ? new ItemScore(item, null, null, "not part of this scenario")
                : ScoreItem(item, turns));
        }

        return scores;
    }

    private static ItemScore ScoreItem(RubricItem item, IReadOnlyList<PracticeTurn> turns)
    {
        int? First(Func<PracticeTurn, bool> test) => turns.Select((t, i) => (t, i)).Where(p => test(p.t)).Select(p => (int?)p.i).FirstOrDefault();
        var telling = First(t => Telling.Any(t.Skills.Has));
        var last = turns.Count - 1;
        switch (item)
        {
            case RubricItem.Setup:
            {
                var asked = First(t => t.Skills.Has(Skill.AskPermission));
                return asked is <= 1 ? new(item, 2, asked, "asked permission at the start")
                    : asked is { } later ? new(item, 1, later, "asked permission, but not at the start")
                    : new(item, 0, 0, "no permission or agenda at the start");
            }

            case RubricItem.AssessUnderstanding:
            {
                var asked = First(t => t.Skills.Has(Skill.AssessUnderstanding));
                return asked is { } a && (telling is null || a < telling) ? new(item, 2, a, "asked what they understood before telling")
                    : asked is { } b ? new(item, 1, b, "asked what they understood, after telling")
                    : new(item, 0, telling ?? 0, "told without asking what they already knew");
            }

            case RubricItem.InfoPreference:
            {
                var asked = First(t => t.Skills.Has(Skill.AskPermission));
                return asked is { } a && (telling is null || a <= telling) ? new(item, 2, a, "asked how they wanted to hear it")
                    : asked is { } b ? new(item, 1, b, "asked how much they wanted, after telling")
                    : new(item, 0, telling ?? 0, "did not ask how much they wanted to know");
            }

            case RubricItem.Headline:
            {
                var warned = First(t => t.Skills.Has(Skill.WarningShot));
                return warned is { } w && !turns[w].Skills.Has(Skill.InfoDump) && !turns[w].Skills.Has(Skill.Jargon) ? new(item, 2, w, "a warning and a plain headline")
                    : warned is { } u ? new(item, 1, u, "a headline, but wrapped in jargon or detail")
                    : new(item, 0, telling ?? 0, "no warning or plain headline");
            }

            case RubricItem.Empathy:
            {
                var firstEmotion = First(t => t.EmotionWasBlocking);
                var empathic = First(t => t.Skills.AnyEmpathic);
                var reassured = First(t => t.EmotionWasBlocking && t.Skills.Has(Skill.PrematureReassurance));
                if (firstEmotion is null)
                    return empathic is { } e ? new(item, 2, e, "an empathic statement") : new(item, null, null, "no strong emotion came up");
                if (empathic == firstEmotion && reassured is null)
                    return new(item, 2, empathic, "answered the emotion with an empathic statement first");
                return empathic is { } late ? new(item, 1, reassured ?? firstEmotion, "empathy came, but after reassurance or information")
                    : new(item, 0, reassured ?? firstEmotion, "the emotion was answered with facts or reassurance");
            }

            case RubricItem.TalkTime:
            {
                var learnerWords = turns.Sum(t => Words(t.Learner));
                var personaWords = turns.Sum(t => t.Replies.Sum(r => Words(r.Text)));
                var share = learnerWords + personaWords == 0 ? 0 : 100 * personaWords / (learnerWords + personaWords);
                return new(item, null, null, "talk-time share", share >= 50
                    ? $"They had about {share}% of the words: plenty of room to talk."
                    : $"They had about {share}% of the words; the goal is more than half. Shorter turns and pauses give them room.");
            }

            case RubricItem.Prognosis:
            {
                var range = First(t => t.Skills.Has(Skill.PrognosisRange));
                return range is { } r ? new(item, 2, r, "time as a range with uncertainty")
                    : telling is { } t ? new(item, 0, t, "no range or uncertainty when time came up")
                    : new(item, 0, last, "the question about time was not answered with a range");
            }

            case RubricItem.ExploreValues:
            {
                var explored = First(t => (t.Skills.Has(Skill.OpenQuestion) || t.Skills.Has(Skill.NurseExplore)) && !t.Skills.Has(Skill.AssessUnderstanding));
                var recommended = First(t => t.Skills.Has(Skill.Recommend));
                return explored is { } e && (recommended is null || e < recommended) ? new(item, 2, e, "explored what matters with an open question")
                    : explored is { } f ? new(item, 1, f, "explored, but only after a recommendation")
                    : new(item, 0, recommended ?? 0, "no open question about what matters to them");
            }

            case RubricItem.Align:
            {
                var reflected = First(t => t.Skills.Detections.Any(d => d.Skill == Skill.SummarisePlan && d.Rule == "sums up"));
                return new(item, null, reflected, "reflection", reflected is not null
                    ? "You reflected their values back in your own words. Checking \"Did I get that right?\" makes it stronger."
                    : "Try reflecting back what you heard matters to them before proposing anything.");
            }

            case RubricItem.Recommend:
            {
                var recommended = First(t => t.Skills.Has(Skill.Recommend));
                var explored = First(t => t.Skills.Has(Skill.OpenQuestion) || t.Skills.Has(Skill.NurseExplore));
                return recommended is { } r && explored is { } e && e < r ? new(item, 2, r, "a recommendation after learning what matters")
                    : recommended is { } s ? new(item, 1, s, "a recommendation not yet linked to their values")
                    : new(item, 0, last, "no recommendation");
            }

            case RubricItem.WishWorry:
            {
                var used = First(t => t.Skills.Has(Skill.WishWorry));
                return new(item, null, used, "wish/worry", used is not null
                    ? "You used an \"I wish / I worry\" statement. Make sure it expresses your concern, not pressure to agree."
                    : "An \"I wish... I worry...\" statement can hold their hope and your concern together.");
            }

            case RubricItem.Closure:
            {
                var tail = turns.Skip(Math.Max(0, turns.Count - 3)).ToList();
                var plan = tail.Any(t => t.Skills.Has(Skill.SummarisePlan) || t.Skills.Has(Skill.Recommend));
                var support = tail.Any(t => t.Skills.Has(Skill.NurseSupport));
                var at = turns.Count - tail.Count + Math.Max(0, tail.FindIndex(t => t.Skills.Has(Skill.SummarisePlan) || t.Skills.Has(Skill.NurseSupport)));
                return plan && support ? new(item, 2, at, "summary, next steps and a promise of support")
                    : plan || support ? new(item, 1, at, plan ? "next steps, but no promise of support" : "support, but no next steps")
                    : new(item, 0, last, "ended without next steps or support");
            }

            default:
                return new(item, null, null, "not scored");
        }
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
