using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Routing;

/// <summary>A phrase pattern that is evidence for an intent or a framework, with its weight; its label explains a route.</summary>
internal sealed record Cue(Regex Pattern, string Target, double Weight)
{
    /// <summary>
    /// How every cue pattern is matched. The patterns are source-generated (<c>[GeneratedRegex]</c> with these options):
    /// code built with the bot, so nothing is compiled while it starts, and a first message never waits for it.
    /// </summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Every message is matched against every cue; a pattern that runs this long on one message gives up.</summary>
    public const int TimeoutMilliseconds = 1000;

    public static Cue Of(string target, double weight, Regex pattern) => new(pattern, target, weight);

    public string Label => Pattern.ToString();
}
