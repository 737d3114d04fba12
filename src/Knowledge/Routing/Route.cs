using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Safety;
using CpcCoach.Knowledge.Search;

namespace CpcCoach.Knowledge.Routing;

/// <summary>
/// Where a message goes: one intent, up to three frameworks best first (or ["none"]), the entries that matched,
/// the safety signals, and which rules fired, so every decision can be explained.
/// </summary>
public sealed record Route(
    string Intent,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<SearchHit> Hits,
    SafetySignals Safety,
    IReadOnlyList<string> Explanation)
{
    /// <summary>Set when the message was a tapped follow-up ("another angle: am_i_dying"): which one, and its entry or key.</summary>
    public (string Prefix, string Argument)? FollowUp { get; init; }

    /// <summary>True when the message touched no communication topic at all.</summary>
    public bool NoFramework => Frameworks is [FrameworkKeys.None];
}
