using CpcCoach.Knowledge.Practice.Roleplay;

namespace CpcCoach.Bot.Practice;

/// <summary>A role-play in one conversation, kept in the distributed cache so it survives restarts and instances.</summary>
public sealed record PracticeSession(string ScenarioId, Difficulty Difficulty, RoleplayState State)
{
    public IReadOnlyList<SessionTurn> Turns { get; init; } = [];

    /// <summary>True once feedback has been given; "replay" can still rewind it.</summary>
    public bool Finished { get; init; }

    /// <summary>The learner turn the first "thing to try" quoted: where "replay" after feedback restarts.</summary>
    public int? ReplayFrom { get; init; }
}

/// <summary>One learner turn: their exact words, the personas' replies, and the state before it (for replay).</summary>
public sealed record SessionTurn(string Learner, IReadOnlyList<PersonaReply> Replies, bool EmotionWasBlocking, RoleplayState Before);

/// <summary>A learner's practice history, stored under their pseudonym.</summary>
public sealed record PracticeProgress
{
    public IReadOnlyList<PracticeResult> Results { get; init; } = [];

    public const int Capacity = 200;
}

/// <summary>One finished scenario: when (to the hour), how it went, and each numeric rubric item's score.</summary>
public sealed record PracticeResult(string ScenarioId, Difficulty Difficulty, DateTimeOffset Hour, int Points, int MaxPoints, IReadOnlyDictionary<string, int> Items);

/// <summary>Rubric results of all learners for educators' aggregates; a pseudonym only, to count distinct learners.</summary>
public sealed record PracticeLedger
{
    public IReadOnlyList<LedgerRow> Rows { get; init; } = [];

    public const int Capacity = 5000;
}

public sealed record LedgerRow(string Pseudonym, string ScenarioId, DateTimeOffset Hour, IReadOnlyDictionary<string, int> Items);
