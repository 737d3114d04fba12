using System.Text.RegularExpressions;

namespace CpcCoach.Bot.Model;

/// <summary>
/// Checks model text before anyone sees it: no doses, no survival figures or percentages, nothing of the system
/// rules, and (for a finished answer) at least one citation and only citations that exist. Whatever fails here
/// becomes the deterministic answer.
/// </summary>
internal static partial class OutputGuard
{
    /// <summary>Six words in a row from the rules is a leak; shorter runs occur in any coaching sentence.</summary>
    private const int LeakRun = 6;

    // The first line (who the coach is) is left out: a good answer may echo its topic words.
    private static readonly HashSet<string> RuleRuns = Runs(GroundedPrompt.Rules[GroundedPrompt.Rules.IndexOf('\n')..]);

    /// <summary>Null when the partial or final text is safe to show; otherwise why not (a short reason, no user text).</summary>
    public static string? Unsafe(string text)
    {
        if (Dose().IsMatch(text))
        {
            return "dose";
        }

        if (Percentage().IsMatch(text))
        {
            return "percentage";
        }

        if (text.Contains("clinician_message", StringComparison.OrdinalIgnoreCase) || Runs(text).Overlaps(RuleRuns))
        {
            return "rules";
        }

        return null;
    }

    /// <summary>Null when a finished answer may be sent: safe, cites something, and cites only entries 1..count.</summary>
    public static string? Rejected(string text, int entryCount)
    {
        if (Unsafe(text) is { } reason)
        {
            return reason;
        }

        var cited = Cited(text);
        if (cited.Count == 0)
        {
            return "no citation";
        }

        return cited.Any(n => n < 1 || n > entryCount) ? "unknown citation" : null;
    }

    /// <summary>Distinct citation numbers in order of first appearance.</summary>
    public static IReadOnlyList<int> Cited(string text) =>
        [.. Citation().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    private static HashSet<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        var runs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + LeakRun <= words.Length; i++)
        {
            runs.Add(string.Join(' ', words, i, LeakRun));
        }

        return runs;
    }

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|kg|ml|l|units?|iu|meq|mmol|micrograms?|milligrams?|grams?)(?:\s*/\s*(?:kg|h|hr|hour|day|min))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dose();

    [GeneratedRegex(@"\d\s*(?:%|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"\[(\d{1,2})\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex Word();
}
