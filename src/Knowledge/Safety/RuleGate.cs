using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// One linear-time pass that tells whether any rule's pattern matches somewhere in a message. It is the alternation of
/// every rule's pattern, so when it finds nothing, no rule can fire, and most messages stop here. A message it passes
/// is read rule by rule, as before. One automaton for all the rules holds a fraction of what the same patterns hold as
/// separate linear-time automata (about 14 MB against 2-3 MB each), and answers in a couple of microseconds where
/// running every rule takes tens (docs/benchmarks.md).
/// </summary>
internal static class RuleGate
{
    /// <summary>
    /// The linear engine refuses a pattern whose automaton could grow past 10,000 nodes unless this AppContext value
    /// allows more. The bound is a worst case for the whole alternation; the automaton is built lazily, and what it
    /// holds is measured, not bounded by this.
    /// </summary>
    private const string SizeLimitKey = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    private const int SizeLimit = 1_000_000;

    public static Regex Over(IReadOnlyList<Regex> patterns)
    {
        ArgumentOutOfRangeException.ThrowIfZero(patterns.Count);
        var options = patterns[0].Options;
        if (patterns.Any(p => p.Options != options))
        {
            throw new ArgumentException("Every pattern behind one gate must have the same options", nameof(patterns));
        }

        // Raised for this construction only, then put back, so other linear patterns in the process keep their limit.
        var previous = AppContext.GetData(SizeLimitKey);
        AppContext.SetData(SizeLimitKey, SizeLimit);
        try
        {
            return new Regex(
                string.Join('|', patterns.Select(p => $"(?:{p})")),
                options | RegexOptions.NonBacktracking,
                Regex.InfiniteMatchTimeout);
        }
        finally
        {
            AppContext.SetData(SizeLimitKey, previous);
        }
    }
}
