namespace CpcCoach.Knowledge.Routing;

/// <summary>The intent keys, exactly as the evaluation sets and the routing entity spell them.</summary>
public static class Intents
{
    public const string QuickTip = "quick_tip";
    public const string PrepareConversation = "prepare_conversation";
    public const string RespondToEmotion = "respond_to_emotion";
    public const string LearnFramework = "learn_framework";
    public const string PracticeRequest = "practice_request";
    public const string Debrief = "debrief";
    public const string Feedback = "feedback";
    public const string GreetingHelp = "greeting_help";
    public const string OutOfScopeClinical = "out_of_scope_clinical";
    public const string OutOfScopeOther = "out_of_scope_other";

    public static readonly IReadOnlyList<string> All =
    [
        QuickTip, PrepareConversation, RespondToEmotion, LearnFramework, PracticeRequest,
        Debrief, Feedback, GreetingHelp, OutOfScopeClinical, OutOfScopeOther,
    ];
}
