using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Tells dates from the numbers clinicians write that look like dates: pain scores ("8/10"), "24/7",
/// fractions ("1/2 tab"), blood pressures ("90/60"). A date with a year is always a date.
/// </summary>
internal static class DateRules
{
    private const string Placeholder = "[date]";

    public static string? Numeric(Match m, string text)
    {
        if (m.Groups["m"].Success)
        {
            return IsMonth(m.Groups["m"].Value) && IsDay(m.Groups["d"].Value) ? Placeholder : null;
        }

        var a = m.Groups["a"].Value;
        var b = m.Groups["b"].Value;
        var monthFirst = IsMonth(a) && IsDay(b);
        var dayFirst = IsDay(a) && IsMonth(b);
        if (!(monthFirst || dayFirst))
        {
            return null;
        }

        if (m.Groups["y"].Success)
        {
            return Placeholder;
        }

        // Without a year only "09/14" style counts; "3-4 days" and "2.5" are ranges and decimals.
        if (m.Groups["sep"].Value != "/" || (a, b) is ("24", "7"))
        {
            return null;
        }

        var before = text.AsSpan(Math.Max(0, m.Index - 25), Math.Min(25, m.Index));
        if (PhiPatterns.DateCueBefore().IsMatch(before))
        {
            return Placeholder;
        }

        var around = text.AsSpan(Math.Max(0, m.Index - 25), Math.Min(text.Length, m.Index + m.Length + 15) - Math.Max(0, m.Index - 25));
        if (b == "10" || PhiPatterns.ScoreContext().IsMatch(around) || (a.Length == 1 && b.Length == 1))
        {
            return null;
        }

        return Placeholder;
    }

    public static string? Named(Match m, string text) =>
        m.Groups["month"].Value == "may" ? null : Placeholder;

    private static bool IsMonth(string s) => int.TryParse(s, out var n) && n is >= 1 and <= 12;

    private static bool IsDay(string s) => int.TryParse(s, out var n) && n is >= 1 and <= 31;
}
