namespace CpcCoach.LoadTool;

/// <summary>What a simulated clinician types, turn by turn, in one conversation.</summary>
internal static class Scenarios
{
    public static IReadOnlyList<string> For(string name) => name switch
    {
        "tips" =>
        [
            "hi",
            "family wants everything done, meeting in 10 min",
            "how do I respond when a patient says she is tired of fighting",
            "teach me REMAP",
            "help",
            "thanks, that helped",
        ],
        "prepare" =>
        [
            "prepare a conversation",
            "Family meeting",
            "Patient and family",
            "They think he will recover",
            "Moving to comfort-focused care",
            "They will be angry",
            // The plan arrives with "Was this helpful?": rate it and skip the comment, so the flow completes.
            "helpful",
            "skip",
        ],
        _ => throw new ArgumentException($"Unknown scenario {name}: use tips or prepare"),
    };
}
