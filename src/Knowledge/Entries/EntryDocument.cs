namespace CpcCoach.Knowledge.Entries;

/// <summary>
/// A parsed entry with where it came from, so validation messages can name the file and the line.
/// <paramref name="Lines"/> maps a front-matter key ("id", "related") or a section ("## Avoid") or a
/// phrasing ("phrase:3") to its 1-based line number.
/// </summary>
public sealed record EntryDocument(string File, KnowledgeEntry Entry, IReadOnlyDictionary<string, int> Lines)
{
    public int LineOf(string key) => Lines.TryGetValue(key, out var line) ? line : 1;
}
