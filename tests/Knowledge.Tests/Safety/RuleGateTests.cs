using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Tests.Safety;

/// <summary>
/// The classifier asks one gate whether any rule matches before it runs the rules. The gate must pass every message
/// that some rule matches and no other, or a decline would be lost (or rules run for nothing).
/// </summary>
public sealed class RuleGateTests
{
    private const string SizeLimitKey = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";

    [Fact]
    public void TheGate_PassesExactlyTheMessages_ThatSomeRuleMatches()
    {
        var rules = SafetyRule.All.Select(rule => rule.Pattern).ToList();
        var texts = SafetyData.LabelledTexts().Select(t => t.Replace('’', '\'')).ToList();
        var wrong = texts.Where(text => SafetyClassifier.Gate.IsMatch(text) != rules.Any(rule => rule.IsMatch(text))).ToList();

        var passed = texts.Count(SafetyClassifier.Gate.IsMatch);
        Assert.True(passed > 100 && passed < texts.Count - 100, $"{passed} of {texts.Count} passed: the texts should test both answers");
        Assert.Empty(wrong);
    }

    [Fact]
    public void AMessageNoRuleMatches_StopsAtTheGate_WithNoSignals()
    {
        var why = new SafetyClassifier().Explain("how do I open a goals of care conversation with his daughter");

        Assert.Equal(new SafetySignals(ScopeConcern.None, false, false), why.Signals);
        Assert.Empty(why.Rules);
        Assert.True(why.CommunicationFrame);
    }

    [Fact]
    public void TheGate_IsBuiltPastTheLinearEnginesDefaultSize_AndLeavesThatLimitAsItWas()
    {
        var before = AppContext.GetData(SizeLimitKey);
        var alternation = string.Join('|', SafetyRule.All.Select(rule => $"(?:{rule.Pattern})"));

        Assert.Throws<NotSupportedException>(() => new Regex(alternation, SafetyRule.All[0].Pattern.Options | RegexOptions.NonBacktracking));
        var gate = RuleGate.Over([.. SafetyRule.All.Select(rule => rule.Pattern)]);

        Assert.Matches(gate, "what's the max dose of morphine per hour");
        Assert.Equal(before, AppContext.GetData(SizeLimitKey));
    }

    [Fact]
    public void PatternsWithDifferentOptions_CannotShareAGate() =>
        Assert.Throws<ArgumentException>(() => RuleGate.Over([new Regex("a", RegexOptions.IgnoreCase), new Regex("b")]));
}
