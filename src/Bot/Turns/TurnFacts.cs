namespace CpcCoach.Bot.Turns;

/// <summary>
/// What the turn decided, filled in by the parts that decide it (redaction, routing, dialogs, feedback) and
/// read by the parts that report it (usage events). Never holds user text.
/// </summary>
public sealed class TurnFacts
{
    /// <summary>Kinds of identifier removed from the inbound text (e.g. "name", "mrn"); empty when none.</summary>
    public IReadOnlyList<string> RedactedKinds { get; set; } = [];

    /// <summary>The routing intent key (quick_tip, prepare_conversation, ...), when the turn was routed.</summary>
    public string? Intent { get; set; }

    /// <summary>Framework keys, best first.</summary>
    public IReadOnlyList<string> Frameworks { get; set; } = [];

    /// <summary>Knowledge entry ids the answer was drawn from.</summary>
    public IReadOnlyList<string> EntryIds { get; set; } = [];

    /// <summary>Dialog flow id and what happened to it this turn (started, completed, abandoned).</summary>
    public string? Flow { get; set; }

    public string? FlowEvent { get; set; }

    /// <summary>"helpful" / "unhelpful" when the user rated an answer this turn.</summary>
    public string? FeedbackRating { get; set; }

    /// <summary>The user's role when known (physician, nurse, ...).</summary>
    public string? Role { get; set; }

    /// <summary>True when the knowledge base had nothing good for the question (a content gap).</summary>
    public bool Unanswered { get; set; }

    /// <summary>Normalized, redacted topic terms of an unanswered question; empty unless they passed the identifier check.</summary>
    public IReadOnlyList<string> GapTerms { get; set; } = [];

    /// <summary>Language-model accounting, when a model was called.</summary>
    public int ModelPromptTokens { get; set; }

    public int ModelCompletionTokens { get; set; }

    public double ModelLatencyMs { get; set; }
}
