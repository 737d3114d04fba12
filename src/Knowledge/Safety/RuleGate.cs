using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// One linear-time pass that tells whether any rule's pattern matches somewhere in a message. It is the alternation of
/// every rule's pattern, so when it finds nothing, no rule can fire, and most messages stop here. A message it passes
/// is read rule by rule, as before. One automaton for all the rules holds a fraction of what the same patterns hold as
/// separate linear-time automata (about 10 MB against 2-3 MB each), and answers in a few microseconds where running
/// every rule takes tens (docs/benchmarks.md).
/// </summary>
/// <remarks>
/// The engine builds its automaton as it meets new text, and keeps every state it built: 3,200 long crafted messages
/// grew it to 195 MB. A match over states it already has allocates nothing; new states are allocated by the thread
/// that meets them. So the gate adds up what its matches allocate, and past <see cref="RebuildAfterBytes"/> a fresh
/// automaton, built in the background, replaces the grown one. Text it has met before never counts.
/// </remarks>
internal sealed class RuleGate
{
    /// <summary>
    /// The linear engine refuses a pattern whose automaton could grow past 10,000 nodes unless this AppContext value
    /// allows more. The bound is a worst case for the whole alternation; the automaton is built lazily.
    /// </summary>
    private const string SizeLimitKey = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    private const int SizeLimit = 1_000_000;

    /// <summary>Held while the limit is raised, so two builds (or a build and a reader of the limit) never interleave.</summary>
    internal static readonly Lock SizeLimitLock = new();

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private Regex _regex;
    private long _grown;
    private int _rebuilding;
    private int _rebuilds;
    private Task _lastRebuild = Task.CompletedTask;

    public RuleGate(IReadOnlyList<Regex> patterns, long rebuildAfterBytes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(patterns.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rebuildAfterBytes);
        _options = patterns[0].Options;
        if (patterns.Any(p => p.Options != _options))
        {
            throw new ArgumentException("Every pattern behind one gate must have the same options", nameof(patterns));
        }

        _pattern = string.Join('|', patterns.Select(p => $"(?:{p})"));
        RebuildAfterBytes = rebuildAfterBytes;
        _regex = Build();
    }

    /// <summary>Bytes the automaton may add while matching before it is built afresh.</summary>
    public long RebuildAfterBytes { get; }

    /// <summary>Bytes the current automaton has added while matching.</summary>
    internal long Grown => Interlocked.Read(ref _grown);

    /// <summary>How many times the automaton has been replaced.</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    /// <summary>The current automaton, for warming up.</summary>
    internal Regex Current => Volatile.Read(ref _regex);

    /// <summary>The latest rebuild, finished or not (for tests).</summary>
    internal Task LastRebuild => Volatile.Read(ref _lastRebuild);

    public bool IsMatch(string text)
    {
        var regex = Volatile.Read(ref _regex);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var found = regex.IsMatch(text);
        var grew = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (grew > 0 && Interlocked.Add(ref _grown, grew) > RebuildAfterBytes && Interlocked.CompareExchange(ref _rebuilding, 1, 0) == 0)
        {
            // Built beside the old one, which keeps answering until the new one is in place.
            Volatile.Write(ref _lastRebuild, Task.Run(Rebuild));
        }

        return found;
    }

    private void Rebuild()
    {
        try
        {
            var fresh = Build();
            Volatile.Write(ref _regex, fresh);
            Interlocked.Exchange(ref _grown, 0);
            Interlocked.Increment(ref _rebuilds);
        }
        finally
        {
            Volatile.Write(ref _rebuilding, 0);
        }
    }

    private Regex Build()
    {
        // Raised for this construction only, then put back, so other linear patterns in the process keep their limit.
        lock (SizeLimitLock)
        {
            var previous = AppContext.GetData(SizeLimitKey);
            AppContext.SetData(SizeLimitKey, SizeLimit);
            try
            {
                return new Regex(_pattern, _options | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
            }
            finally
            {
                AppContext.SetData(SizeLimitKey, previous);
            }
        }
    }
}
