using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Answers;

/// <summary>
/// What the coach says back, independent of channel: safety notices first (in order), then one headline tip,
/// two to four things to say, one thing to avoid, the entries and sources it came from, and follow-ups.
/// </summary>
public sealed record Answer
{
    public required string Intent { get; init; }

    /// <summary>Shown before anything else, in this order (crisis resources, a kind decline, self-care).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>A card title, e.g. the entry's title; empty when the answer is only notices.</summary>
    public string Title { get; init; } = string.Empty;

    public string Tip { get; init; } = string.Empty;

    public IReadOnlyList<string> Say { get; init; } = [];

    public string? Avoid { get; init; }

    /// <summary>The full map (learn a framework, practise): the entry's steps.</summary>
    public IReadOnlyList<EntryStep> Steps { get; init; } = [];

    /// <summary>Entries the answer was drawn from, primary first; empty when nothing came from the knowledge base.</summary>
    public IReadOnlyList<KnowledgeEntry> Entries { get; init; } = [];

    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>True when the knowledge base had nothing good for a coaching question (a content gap).</summary>
    public bool Unanswered { get; init; }

    /// <summary>Show the help card instead of an answer.</summary>
    public bool ShowHelp { get; init; }

    public KnowledgeEntry? Primary => Entries.Count > 0 ? Entries[0] : null;
}
