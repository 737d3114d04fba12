namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// What a learner's turn does, as the detector sees it. The snake_case keys (<see cref="SkillKeys"/>) are what
/// scenario files and the labelled set use.
/// </summary>
public enum Skill
{
    AskPermission,
    AssessUnderstanding,
    WarningShot,
    Jargon,
    InfoDump,
    NurseName,
    NurseUnderstand,
    NurseRespect,
    NurseSupport,
    NurseExplore,
    OpenQuestion,
    ClosedQuestion,
    PrematureReassurance,
    CheckUnderstanding,
    SummarisePlan,
    Recommend,
    WishWorry,
    PrognosisRange,
}
