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

        var gate = new RuleGate([.. SafetyRule.All.Select(rule => rule.Pattern)], TimeSpan.FromSeconds(2), TimeProvider.System);

        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        lock (RuleGate.SizeLimitLock)
        {
            Assert.Equal(before, AppContext.GetData(SizeLimitKey));
        }
    }

    [Fact]
    public async Task AGate_ThatHasSpentItsMatchingTime_IsRebuilt_AndKeepsAnsweringTheSame()
    {
        // Every match looks like it took one second, so the third one goes past the two-second allowance.
        var gate = new RuleGate([.. SafetyRule.All.Select(rule => rule.Pattern)], TimeSpan.FromSeconds(2), new SteppingClock(TimeSpan.FromSeconds(1)));
        var first = gate.Current;

        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        Assert.False(gate.IsMatch("how do I open a goals of care conversation"));
        Assert.Equal(0, gate.Rebuilds);
        Assert.True(gate.IsMatch("should we place a PEG?"));
        await gate.LastRebuild.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, gate.Rebuilds);
        Assert.NotSame(first, gate.Current);
        Assert.True(gate.IsMatch("what's the max dose of morphine per hour"));
        Assert.False(gate.IsMatch("how do I open a goals of care conversation"));
    }

    [Fact]
    public void PatternsWithDifferentOptions_CannotShareAGate() =>
        Assert.Throws<ArgumentException>(() => new RuleGate([new Regex("a", RegexOptions.IgnoreCase), new Regex("b")], TimeSpan.FromSeconds(2), TimeProvider.System));

    /// <summary>A clock that moves on by <paramref name="step"/> each time it is read.</summary>
    private sealed class SteppingClock(TimeSpan step) : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Add(ref _now, step.Ticks);
    }
}
