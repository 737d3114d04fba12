using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Tests.Safety;

/// <summary>
/// The safety patterns run on the backtracking engine with a timeout and fall back to the linear engine; both engines
/// must agree on every labelled message, and a text that makes backtracking blow up must still get its answer.
/// </summary>
public sealed class LinearFallbackTests
{
    [Fact]
    public void EveryGeneratedSafetyPattern_FindsTheSameMatches_AsTheLinearEngine_ForEveryLabelledMessage()
    {
        var patterns = SafetyClassifier.Patterns;
        var texts = SafetyData.LabelledTexts().ToList();
        var disagreements = new List<string>();
        var generated = patterns.Where(p => (p.Options & RegexOptions.NonBacktracking) == 0).ToList();
        Assert.Equal(patterns.Count, generated.Count);
        foreach (var pattern in generated)
        {
            var linear = LinearFallback.LinearOf(pattern);
            foreach (var text in texts)
            {
                var fast = GeneratedMatches(pattern, text);
                var slow = linear.Matches(text).Select(m => (m.Index, m.Length));
                if (fast is null)
                {
                    disagreements.Add($"{pattern.ToString()[..Math.Min(40, pattern.ToString().Length)]}… times out twice on \"{text}\"");
                }
                else if (!fast.SequenceEqual(slow))
                {
                    disagreements.Add($"{pattern.ToString()[..Math.Min(40, pattern.ToString().Length)]}… on \"{text}\"");
                }
            }
        }

        Assert.True(texts.Count > 250, $"only {texts.Count} texts");
        Assert.Empty(disagreements);
    }

    /// <summary>
    /// The generated pattern's matches; a first run can time out while the JIT compiles a large matcher on a busy
    /// machine, so a timeout is tried once more, and null means it timed out warm too.
    /// </summary>
    private static List<(int Index, int Length)>? GeneratedMatches(Regex pattern, string text)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return [.. pattern.Matches(text).Select(m => (m.Index, m.Length))];
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return null;
    }

    [Fact]
    public void AText_ThatMakesBacktrackingBlowUp_GetsItsAnswerFromTheLinearEngine()
    {
        // Overlapping choices under a loop: exponential for a backtracking engine on a near miss, linear for NonBacktracking.
        var catastrophic = new Regex(@"^(?:a|aa)+c$", RegexOptions.None, TimeSpan.FromMilliseconds(LinearFallback.TimeoutMilliseconds));
        var nearMiss = new string('a', 60) + "!";
        var hit = new string('a', 60) + "c";

        Assert.Throws<RegexMatchTimeoutException>(() => catastrophic.IsMatch(nearMiss));
        Assert.False(LinearFallback.IsMatch(catastrophic, nearMiss));
        Assert.True(LinearFallback.IsMatch(catastrophic, hit));
        Assert.Empty(LinearFallback.Matches(catastrophic, nearMiss));
        Assert.Single(LinearFallback.Matches(catastrophic, hit));
    }
}
