using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Bot.Dialogs.Actions;

/// <summary>Small readers over knowledge entries that several actions share.</summary>
internal static class EntryText
{
    /// <summary>The short name before the title's colon: "REMAP: resetting goals..." gives "REMAP".</summary>
    public static string ShortName(KnowledgeEntry entry) =>
        entry.Title.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? entry.Title[..colon] : entry.Title;

    public static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }

    public static string Step(EntryStep step) => $"**{step.Name}:** {FirstSentence(step.Text)}";

    /// <summary>The phrasing that best illustrates step <paramref name="index"/> of <paramref name="count"/>, spreading phrasings over steps.</summary>
    public static string? PhrasingFor(KnowledgeEntry entry, int index, int count) =>
        entry.Phrasings.Count == 0 ? null : entry.Phrasings[Math.Min(entry.Phrasings.Count - 1, index * entry.Phrasings.Count / Math.Max(1, count))];

    /// <summary>The phrasing sharing most words with <paramref name="cues"/>; the first one when none do.</summary>
    public static string? BestPhrasing(KnowledgeEntry? entry, IEnumerable<string> cues, ICollection<string>? exclude = null)
    {
        if (entry is null || entry.Phrasings.Count == 0)
        {
            return null;
        }

        var cueList = cues.ToList();
        return entry.Phrasings
            .Where(p => exclude is null || !exclude.Contains(p))
            .Select((p, i) => (Phrasing: p, Score: cueList.Count(c => p.Contains(c, StringComparison.OrdinalIgnoreCase)) * 10 - i))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Phrasing)
            .FirstOrDefault();
    }

    public static KnowledgeEntry? Framework(KnowledgeBase knowledge, string? key) => key is null ? null : knowledge.Framework(key);
}
