using System.Runtime.CompilerServices;

namespace CpcCoach.Knowledge.Answers;

/// <summary>Chooses the phrasings that share the most words with the message, so the answer fits the situation asked about.</summary>
internal static class PhraseFit
{
    private static readonly HashSet<string> Ignore = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "also", "been", "before", "being", "could", "does", "doing", "from", "have", "here",
        "into", "just", "like", "more", "much", "really", "should", "some", "that", "them", "then", "there", "they",
        "this", "what", "when", "where", "which", "will", "with", "would", "your", "want", "know", "tell", "said",
    };

    /// <summary>Phrasings are entry content, the same strings for the life of the app: their stems are worked out once.</summary>
    private static readonly ConditionalWeakTable<string, HashSet<string>> PhrasingStems = [];

    public static IReadOnlyList<string> Choose(IReadOnlyList<string> phrasings, string message, int count)
    {
        var words = Stems(message);
        return [.. phrasings
            .Select((phrase, index) => (phrase, index, score: PhrasingStems.GetValue(phrase, Stems).Count(words.Contains)))
            .OrderByDescending(p => p.score)
            .ThenBy(p => p.index)
            .Take(count)
            .OrderBy(p => p.index)
            .Select(p => p.phrase)];
    }

    // A five-letter prefix is a crude stem, enough for "worried"/"worry" and "dying"/"die" without a stemmer here.
    private static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 4 && !Ignore.Contains(word))
            {
                stems.Add(word.Length > 5 ? word[..5] : word);
            }
        }

        return stems;
    }

    private static readonly char[] Separators = [' ', ',', '.', '?', '!', '"', '\'', ';', ':', '(', ')', '-', '/', '\n', '\t', '“', '”', '’'];
}
