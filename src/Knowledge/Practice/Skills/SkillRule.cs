using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>A named pattern that marks a skill; the name is shown when feedback explains why a line counted.</summary>
public sealed record SkillRule(Skill Skill, string Name, Regex Pattern)
{
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static SkillRule Of(Skill skill, string name, string pattern, bool caseSensitive = false) =>
        new(skill, name, new Regex(pattern, caseSensitive ? Options & ~RegexOptions.IgnoreCase : Options, TimeSpan.FromSeconds(1)));
}
