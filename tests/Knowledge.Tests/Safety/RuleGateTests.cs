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
        var alternation = string.Join('|', SafetyRule.All.Select(rule => $"(?:{rule.Pattern})"));
        object? before;
        lock (RuleGate.SizeLimitLock)
        {
            // Under the gate's own lock: the classifier's gate may be rebuilding in the background while tests run.
            before = AppContext.GetData(SizeLimitKey);
            Assert.Throws<NotSupportedException>(() => new Regex(alternation, SafetyRule.All[0].Pattern.Options | RegexOptions.NonBacktracking));
        }

        var gate = new RuleGate([.. SafetyRule.All.Select(rule => rule.Pattern)], rebuildAfterBytes: 32 << 20);

        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        lock (RuleGate.SizeLimitLock)
        {
            Assert.Equal(before, AppContext.GetData(SizeLimitKey));
        }
    }

    [Fact]
    public void TextTheGateHasMet_DoesNotGrowIt_NewTextDoes()
    {
        var gate = new RuleGate([.. SafetyRule.All.Select(rule => rule.Pattern)], rebuildAfterBytes: 32 << 20);

        gate.IsMatch("how do I open a goals of care conversation with his daughter");
        var afterFirst = gate.Grown;
        for (var i = 0; i < 5; i++)
        {
            gate.IsMatch("how do I open a goals of care conversation with his daughter");
        }

        Assert.True(afterFirst > 0, "meeting new text builds automaton states");
        Assert.Equal(afterFirst, gate.Grown);
        gate.IsMatch("the family keeps asking whether we should continue dialysis and what the odds are");
        Assert.True(gate.Grown > afterFirst, "other new text builds more");
        Assert.Equal(0, gate.Rebuilds);
    }

    [Fact]
    public async Task AGate_ThatHasGrownPastItsAllowance_IsRebuilt_AndKeepsAnsweringTheSame()
    {
        var gate = new RuleGate([.. SafetyRule.All.Select(rule => rule.Pattern)], rebuildAfterBytes: 1);
        var first = gate.Current;

        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        await gate.LastRebuild.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, gate.Rebuilds);
        Assert.NotSame(first, gate.Current);
        Assert.Equal(0, gate.Grown);
        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        Assert.False(gate.IsMatch("how do I open a goals of care conversation"));
    }

    [Fact]
    public void PatternsWithDifferentOptions_CannotShareAGate() =>
        Assert.Throws<ArgumentException>(() => new RuleGate([new Regex("a", RegexOptions.IgnoreCase), new Regex("b")], rebuildAfterBytes: 32 << 20));
}
