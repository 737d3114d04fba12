namespace CpcCoach.Knowledge.Practice.Scoring;

/// <summary>The 12 items of the proposed feedback rubric (frameworks.md §25), scored 0/1/2 or N/A.</summary>
public enum RubricItem
{
    Setup,
    AssessUnderstanding,
    InfoPreference,
    Headline,
    Empathy,
    TalkTime,
    Prognosis,
    ExploreValues,
    Align,
    Recommend,
    WishWorry,
    Closure,
}

/// <summary>Keys, titles, and which items the automated scorer cannot score reliably.</summary>
public static class RubricItems
{
    public static readonly IReadOnlyList<(RubricItem Item, string Key, string Title)> All =
    [
        (RubricItem.Setup, "setup", "Set-up and permission"),
        (RubricItem.AssessUnderstanding, "assess_understanding", "Assessed understanding before telling"),
        (RubricItem.InfoPreference, "info_preference", "Asked how much they want to know"),
        (RubricItem.Headline, "headline", "Headline delivered clearly, then pause"),
        (RubricItem.Empathy, "empathy", "Responded to emotion before more information"),
        (RubricItem.TalkTime, "talk_time", "Talk-time balance"),
        (RubricItem.Prognosis, "prognosis", "Prognosis as a range with uncertainty"),
        (RubricItem.ExploreValues, "explore_values", "Explored values and fears before options"),
        (RubricItem.Align, "align", "Reflected values back"),
        (RubricItem.Recommend, "recommend", "Recommendation linked to values"),
        (RubricItem.WishWorry, "wish_worry", "\"I wish / I worry\" used well"),
        (RubricItem.Closure, "closure", "Closure: summary, next steps, non-abandonment"),
    ];

    /// <summary>
    /// Shown as qualitative notes, never numbers. Chat word counts are a poor proxy for spoken talk time and
    /// silence; "no persuasion via worry" and "checked the reflection was accurate" need judgement that phrase
    /// rules cannot make. Human raters disagree on such items too (Mini-CEX ICC 0.40-0.53, §25).
    /// </summary>
    public static bool IsQualitative(this RubricItem item) => item is RubricItem.TalkTime or RubricItem.Align or RubricItem.WishWorry;

    public static string Key(this RubricItem item) => All.First(a => a.Item == item).Key;

    public static string Title(this RubricItem item) => All.First(a => a.Item == item).Title;

    public static RubricItem? Parse(string key) => All.FirstOrDefault(a => a.Key == key) is { Key: not null } found ? found.Item : null;
}
