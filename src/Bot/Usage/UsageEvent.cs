namespace CpcCoach.Bot.Usage;

/// <summary>
/// One coaching turn, as the store keeps it: keys, counts and a coarse hour, never text. The user is a keyed
/// pseudonym (<see cref="Pseudonymizer"/>); conversation and activity ids are not kept.
/// </summary>
public sealed record UsageEvent
{
    /// <summary>Start of the UTC hour the turn happened in; finer times would help re-identify a user.</summary>
    public required DateTimeOffset Hour { get; init; }

    public required string Kind { get; init; }

    public required string Pseudonym { get; init; }

    public required string Channel { get; init; }

    public string? Intent { get; init; }

    public IReadOnlyList<string> Frameworks { get; init; } = [];

    public IReadOnlyList<string> EntryIds { get; init; } = [];

    public string? Flow { get; init; }

    public string? FlowEvent { get; init; }

    public string? Rating { get; init; }

    public string? Role { get; init; }

    public bool Unanswered { get; init; }

    /// <summary>Topic terms of an unanswered question that passed the identifier check twice.</summary>
    public IReadOnlyList<string> GapTerms { get; init; } = [];

    public string Outcome { get; init; } = UsageOutcomes.Ok;

    public int LatencyMs { get; init; }

    public int ModelPromptTokens { get; init; }

    public int ModelCompletionTokens { get; init; }

    public int ModelLatencyMs { get; init; }
}

/// <summary>What an event records.</summary>
public static class UsageKinds
{
    public const string Turn = "turn";
    public const string InsightsShown = "insights_shown";
    public const string InsightsRefused = "insights_refused";
    public const string DashboardRefused = "dashboard_refused";
}

/// <summary>How the turn ended.</summary>
public static class UsageOutcomes
{
    public const string Ok = "ok";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
