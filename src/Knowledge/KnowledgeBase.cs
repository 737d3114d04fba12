using System.Collections.Frozen;
using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Search;
using CpcCoach.Knowledge.Validation;

namespace CpcCoach.Knowledge;

/// <summary>The validated entries and their search index, loaded once at startup.</summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly FrozenDictionary<string, KnowledgeEntry> _byId;

    private KnowledgeBase(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        _byId = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        Index = new KnowledgeIndex(entries);
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public KnowledgeIndex Index { get; }

    /// <summary>Loads the embedded entries (plus an optional educator override folder); throws with every problem if any file is broken.</summary>
    public static KnowledgeBase Load(string? overrideFolder = null) =>
        Load(ContentFiles.WithOverrides(ContentFiles.Embedded(), overrideFolder));

    public static KnowledgeBase Load(IReadOnlyList<ContentFile> files)
    {
        var (documents, problems) = EntryLoader.Load(files);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new KnowledgeBase([.. documents.Select(d => d.Entry)]);
    }

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The framework entry for a framework key (its id is the key).</summary>
    public KnowledgeEntry? Framework(string key) => Find(key) is { Kind: EntryKind.Framework } entry ? entry : null;

    public void Dispose() => Index.Dispose();
}
