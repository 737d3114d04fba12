using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>Time given as a range, or hedged with uncertainty, rather than a single number (frameworks.md §18).</summary>
internal static class PrognosisRules
{
    private static readonly Regex Unit = new(@"\b(hours|days|weeks|months|years|year)\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    private static readonly Regex Hedge = new(
        @"\b(hours|days|weeks|months|years?) (to|or) (\w+ )?(hours|days|weeks|months|years?|two)\b|\b(rather than|not years|between|probably|perhaps|maybe|may|could|likely|best guess|hard to predict|nobody can know|exact number|on average|surprised if|uncertain)\b",
        SkillRule.Options, TimeSpan.FromSeconds(1));

    // "A day or two" is a range on its own; a bare singular ("a typical day") is not a time frame, so it needs this form.
    private static readonly Regex Short = new(@"\b(a|one|next) (hour|day|week|month) or two\b", SkillRule.Options, TimeSpan.FromSeconds(1));

    public static Detection? Find(IEnumerable<string> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Short.IsMatch(sentence) || (Unit.IsMatch(sentence) && Hedge.IsMatch(sentence)))
            {
                return new Detection(Skill.PrognosisRange, sentence, "time as a range or with uncertainty");
            }
        }

        return null;
    }
}
