namespace CpcCoach.Bot.Dialogs;

/// <summary>The personal plan the prepare flow composes from the knowledge base, kept in conversation state.</summary>
public sealed record PocketPlan(
    string Title,
    IReadOnlyList<string> TalkMap,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> EmotionalMoments,
    IReadOnlyList<string> Avoid,
    string Close,
    IReadOnlyList<string> Sources)
{
    /// <summary>The framework keys the plan was built from, main one first ("show my plan" replies carry them).</summary>
    public IReadOnlyList<string> Frameworks { get; init; } = [];
}
