using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Routing;

/// <summary>A phrase pattern that is evidence for an intent or a framework, with its weight; its label explains a route.</summary>
internal sealed record Cue(Regex Pattern, string Target, double Weight)
{
    private const string WarmUpText = "how do I talk with the family about goals of care before the meeting";

    public static Cue Of(string target, double weight, string pattern)
    {
        // Every message is matched against every cue, so the patterns are compiled. A compiled pattern becomes code
        // on its first match; that happens here, at startup, so no user's first message pays for it or, on a busy
        // machine, runs into the match timeout while it is being compiled.
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        try
        {
            regex.IsMatch(WarmUpText);
        }
        catch (RegexMatchTimeoutException)
        {
            // Only the warm-up was slow; the pattern is compiled now.
        }

        return new(regex, target, weight);
    }

    public string Label => Pattern.ToString();
}
