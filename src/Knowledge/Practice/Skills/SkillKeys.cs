using System.Collections.Frozen;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>The snake_case names of <see cref="Skill"/> used in scenario files, the labelled set and feedback.</summary>
public static class SkillKeys
{
    private static readonly FrozenDictionary<Skill, string> Keys = new Dictionary<Skill, string>
    {
        [Skill.AskPermission] = "ask_permission",
        [Skill.AssessUnderstanding] = "assess_understanding",
        [Skill.WarningShot] = "warning_shot",
        [Skill.Jargon] = "jargon",
        [Skill.InfoDump] = "info_dump",
        [Skill.NurseName] = "nurse_name",
        [Skill.NurseUnderstand] = "nurse_understand",
        [Skill.NurseRespect] = "nurse_respect",
        [Skill.NurseSupport] = "nurse_support",
        [Skill.NurseExplore] = "nurse_explore",
        [Skill.OpenQuestion] = "open_question",
        [Skill.ClosedQuestion] = "closed_question",
        [Skill.PrematureReassurance] = "premature_reassurance",
        [Skill.CheckUnderstanding] = "check_understanding",
        [Skill.SummarisePlan] = "summarise_plan",
        [Skill.Recommend] = "recommend",
        [Skill.WishWorry] = "wish_worry",
        [Skill.PrognosisRange] = "prognosis_range",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Skill> ByKey = Keys.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> All => ByKey.Keys;

    public static string Key(this Skill skill) => Keys[skill];

    public static Skill? Parse(string key) => ByKey.TryGetValue(key.Trim(), out var skill) ? skill : null;

    /// <summary>The five NURSE statement types: any one of them answers an emotion.</summary>
    public static bool IsEmpathic(this Skill skill) =>
        skill is Skill.NurseName or Skill.NurseUnderstand or Skill.NurseRespect or Skill.NurseSupport or Skill.NurseExplore;
}
