using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Runs a safety pattern, and when a source-generated (backtracking) one runs past <see cref="TimeoutMilliseconds"/> on
/// some text, runs it again on the linear-time NonBacktracking engine, which gives the same answer. Built for
/// NonBacktracking up front, each safety pattern held 0.3 to 3.5 MB of automaton; now they are all source-generated,
/// <see cref="RuleGate"/> keeps most messages from reaching the rules at all, and a linear copy is built only for a
/// pattern that has met such a text.
/// </summary>
internal static class LinearFallback
{
    /// <summary>Typical messages take microseconds; a pathological one gives up here and goes to the linear engine.</summary>
    public const int TimeoutMilliseconds = 200;

    private static readonly ConcurrentDictionary<Regex, Regex> Linear = new();

    public static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return LinearOf(pattern).IsMatch(text);
        }
    }

    /// <summary>Every match, found eagerly so a timeout surfaces here and not while the caller enumerates.</summary>
    public static IReadOnlyList<Match> Matches(Regex pattern, string text)
    {
        try
        {
            return pattern.Matches(text).ToArray();
        }
        catch (RegexMatchTimeoutException)
        {
            return LinearOf(pattern).Matches(text).ToArray();
        }
    }

    /// <summary>
    /// Runs each pattern once. A generated matcher is a large method that the JIT compiles on its first run; that
    /// happens here, at startup, so it never counts against a user's match timeout.
    /// </summary>
    public static void WarmUp(IEnumerable<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                pattern.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                // Only the first run was slow; the matcher is compiled now.
            }
        }
    }

    /// <summary>The same pattern on the NonBacktracking engine, built the first time it is needed.</summary>
    internal static Regex LinearOf(Regex pattern) =>
        Linear.GetOrAdd(pattern, p => new Regex(p.ToString(), p.Options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout));
}
