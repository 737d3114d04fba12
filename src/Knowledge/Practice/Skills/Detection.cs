namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>One skill found in a turn, with the words that triggered it and the rule that matched, so it can be explained.</summary>
public sealed record Detection(Skill Skill, string Evidence, string Rule);

/// <summary>Everything the detector found in one learner turn.</summary>
public sealed record TurnSkills(IReadOnlyList<Detection> Detections)
{
    public static readonly TurnSkills None = new([]);

    public bool Has(Skill skill) => Detections.Any(d => d.Skill == skill);

    public bool AnyEmpathic => Detections.Any(d => d.Skill.IsEmpathic());

    public IReadOnlySet<Skill> Skills => Detections.Select(d => d.Skill).ToHashSet();
}
