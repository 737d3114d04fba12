using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Routing;

/// <summary>A phrase pattern that is evidence for an intent or a framework, with its weight; its label explains a route.</summary>
internal sealed record Cue(Regex Pattern, string Target, double Weight)
{
    public static Cue Of(string target, double weight, string pattern) =>
        new(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1)), target, weight);

    public string Label => Pattern.ToString();
}
