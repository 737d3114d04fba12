namespace CpcCoach.Knowledge.Entries;

/// <summary>One curated knowledge entry: a framework or a tough moment, parsed from a Markdown file.</summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required EntryKind Kind { get; init; }

    /// <summary>Framework keys, best first; a framework entry lists only itself.</summary>
    public IReadOnlyList<string> Frameworks { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Ids of other entries this one links to.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Full citations, primary source first.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    public string Headline { get; init; } = string.Empty;
    public string WhenToUse { get; init; } = string.Empty;
    public IReadOnlyList<EntryStep> Steps { get; init; } = [];

    /// <summary>Things to say, without the surrounding quotes.</summary>
    public IReadOnlyList<string> Phrasings { get; init; } = [];
    public IReadOnlyList<string> Avoid { get; init; } = [];
    public string WhyItWorks { get; init; } = string.Empty;
    public IReadOnlyList<RoleNote> RoleNotes { get; init; } = [];

    /// <summary>The primary source, shown to the user.</summary>
    public string PrimarySource => Sources.Count > 0 ? Sources[0] : string.Empty;
}

public enum EntryKind
{
    Framework,
    Moment,
}

public sealed record EntryStep(string Name, string Text);

public sealed record RoleNote(string Role, string Text);
