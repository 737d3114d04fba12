namespace CpcCoach.Bot.Coaching;

/// <summary>
/// Topic words of an unanswered question, for content-gap reports. Only lower-case dictionary-like words survive:
/// anything capitalised, numeric or placeholder-like could be an identifier the redactor missed.
/// </summary>
internal static class GapTerms
{
    private static readonly HashSet<string> Ignore = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "what", "how", "do", "does", "can", "you", "your", "have", "has",
        "was", "were", "are", "about", "from", "they", "them", "their", "there", "when", "where", "which", "would",
        "should", "could", "just", "like", "into", "some", "any", "not", "but", "she", "her", "his", "him", "our",
    };

    public static IReadOnlyList<string> From(string redactedText) =>
        [.. redactedText.Split([' ', ',', '.', '?', '!', ';', ':', '"', '(', ')', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is >= 3 and <= 20 && w.All(c => c is >= 'a' and <= 'z') && !Ignore.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .Take(8)];
}
