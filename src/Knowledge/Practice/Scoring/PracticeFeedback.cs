namespace CpcCoach.Knowledge.Practice.Scoring;

/// <summary>The end-of-scenario feedback: item scores, two strengths, two things to try, notes, and what to practise next.</summary>
public sealed record PracticeFeedback(
    IReadOnlyList<ItemScore> Scores,
    IReadOnlyList<FeedbackPoint> Strengths,
    IReadOnlyList<FeedbackPoint> ToTry,
    IReadOnlyList<ItemScore> Notes,
    string? NextScenarioId,
    string NextReason)
{
    public int Points => Scores.Where(s => !s.Item.IsQualitative()).Sum(s => s.Score ?? 0);

    public int MaxPoints => 2 * Scores.Count(s => s.Score is not null && !s.Item.IsQualitative());
}

/// <summary>
/// One strength or thing to try: the learner's exact words, what it showed, a phrasing from a knowledge entry,
/// and that entry's id and primary source.
/// </summary>
public sealed record FeedbackPoint(RubricItem Item, int? Score, int Turn, string Quote, string Comment, string Phrasing, string EntryId, string Source);
