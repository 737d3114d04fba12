namespace CpcCoach.Bot.Dialogs;

/// <summary>What typed words mean to the engine: yes/no, global commands, and whether text is a new question.</summary>
internal static class UserWords
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "yes please", "go ahead", "sounds good", "let s do it", "resume", "continue",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "not now", "no thanks", "no thank you", "not really", "skip",
    };

    private static readonly HashSet<string> Cancel = new(StringComparer.Ordinal) { "cancel", "stop", "quit", "exit", "never mind", "nevermind", "end" };

    private static readonly HashSet<string> Restart = new(StringComparer.Ordinal) { "restart", "start over", "start again", "from the top" };

    private static readonly HashSet<string> Help = new(StringComparer.Ordinal) { "help", "what can i say", "options" };

    private static readonly HashSet<string> ResumeWords = new(StringComparer.Ordinal) { "resume", "continue", "pick up where we left off", "go back" };

    private static readonly HashSet<string> ShowPlanWords = new(StringComparer.Ordinal) { "show my plan", "my plan", "show plan", "open my plan", "pocket card" };

    private static readonly string[] QuestionStarts =
        ["how ", "what ", "why ", "when ", "where ", "who ", "which ", "should ", "can ", "could ", "would ", "is ", "are ", "do ", "does ", "tell me ", "teach me "];

    /// <summary>The help card's menu words and their flows: explicit commands, so they never depend on routing.</summary>
    private static readonly Dictionary<string, (string Flow, string Intent)> StartWords = new(StringComparer.Ordinal)
    {
        ["prepare"] = ("prepare", "prepare_conversation"),
        ["prepare a conversation"] = ("prepare", "prepare_conversation"),
        ["plan a conversation"] = ("prepare", "prepare_conversation"),
        ["learn"] = ("learn", "learn_framework"),
        ["learn a framework"] = ("learn", "learn_framework"),
        ["emotion"] = ("emotion", "respond_to_emotion"),
        ["respond to emotion"] = ("emotion", "respond_to_emotion"),
        ["help me respond to emotion"] = ("emotion", "respond_to_emotion"),
        ["debrief"] = ("debrief", "debrief"),
        ["debrief a conversation"] = ("debrief", "debrief"),
    };

    public static (string Flow, string Intent)? StartCommand(string text) =>
        StartWords.TryGetValue(Normalize(text), out var start) ? start : null;

    public static bool? YesNo(string text) => Normalize(text) switch
    {
        var t when Yes.Contains(t) => true,
        var t when No.Contains(t) => false,
        _ => null,
    };

    public static bool IsCancel(string text) => Cancel.Contains(Normalize(text));

    public static bool IsRestart(string text) => Restart.Contains(Normalize(text));

    public static bool IsHelp(string text) => Help.Contains(Normalize(text)) || text.Trim() == "?";

    public static bool IsResume(string text) => ResumeWords.Contains(Normalize(text));

    public static bool IsShowPlan(string text) => ShowPlanWords.Contains(Normalize(text));

    public static bool IsSkip(string text) => Normalize(text) is "skip" or "no" or "nothing" or "no thanks" or "none" or "n a";

    /// <summary>A new question rather than an answer: a question mark, or a question word, with at least three words.</summary>
    public static bool IsQuestion(string text)
    {
        var trimmed = text.Trim();
        var lower = trimmed.ToLowerInvariant();
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 3 && (trimmed.EndsWith('?') || QuestionStarts.Any(q => lower.StartsWith(q, StringComparison.Ordinal)));
    }

    public static int WordCount(string text) => ChoiceMatcher.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalize(string text) => ChoiceMatcher.Normalize(text);
}
