using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Practice.Scoring;

/// <summary>One learner turn as the scorer sees it: the exact words, what was detected, and whether emotion was in the way.</summary>
public sealed record PracticeTurn(string Learner, TurnSkills Skills, IReadOnlyList<PersonaReply> Replies, bool EmotionWasBlocking);

/// <summary>
/// One rubric item's result. <see cref="Score"/> is 0/1/2, or null for N/A and for qualitative items, which carry
/// a <see cref="Note"/> instead. <see cref="Turn"/> is the index of the learner turn the result rests on.
/// </summary>
public sealed record ItemScore(RubricItem Item, int? Score, int? Turn, string Why, string? Note = null)
{
    public bool Applicable => Score is not null || Note is not null;
}
