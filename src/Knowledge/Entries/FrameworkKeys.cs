namespace CpcCoach.Knowledge.Entries;

/// <summary>The framework keys of shared/docs/frameworks.md; evaluation sets and the routing entity use exactly these.</summary>
public static class FrameworkKeys
{
    /// <summary>Sentinel: no communication framework applies (greetings, pure out-of-scope requests).</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All =
    [
        "spikes", "nurse", "remap", "sicg", "ask_tell_ask", "wish_worry_wonder", "guide",
        "prognostic_awareness", "best_case_worst_case", "time_limited_trial", "family_meeting_value",
        "do_everything", "code_status", "hospice_transition", "prepared", "spiritual_history",
        "cultural_humility_interpreter", "prognosis_ranges", "conflict_anger", "hope",
        "surrogate_decision", "pediatric", "clinician_self_care",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string key) => Known.Contains(key);
}
