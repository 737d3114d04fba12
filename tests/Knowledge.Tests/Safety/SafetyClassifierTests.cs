using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Tests.Safety;

public sealed class SafetyClassifierTests
{
    private readonly SafetyClassifier _classifier = new();

    [Theory]
    [MemberData(nameof(SafetyData.ClassifierTheory), MemberType = typeof(SafetyData))]
    public void Classify_LabelledCase_MatchesItsLabel(ClassifierCase example)
    {
        var why = _classifier.Explain(example.Text);

        var expected = new SafetySignals(Enum.Parse<ScopeConcern>(example.Concern), example.Distress, example.SelfHarm);
        Assert.True(expected == why.Signals, $"expected {expected}, got {why.Signals}; rules: [{string.Join(", ", why.Rules)}], talking: {why.CommunicationFrame}");
    }

    [Fact]
    public void Classify_SelfHarm_AlwaysImpliesDistress()
    {
        var signals = _classifier.Classify("I don't want to be here anymore");

        Assert.Equal(new SafetySignals(ScopeConcern.None, Distress: true, SelfHarmRisk: true), signals);
    }

    [Fact]
    public void Classify_QuotedPatientWords_AreNotTheCliniciansVoice()
    {
        var quoted = _classifier.Explain("she whispered \"I want to die, I can't go on\" - what do I say");

        Assert.Equal(new SafetySignals(ScopeConcern.None, false, false), quoted.Signals);
        Assert.Empty(quoted.Rules);
    }

    [Fact]
    public void Classify_EverySignal_ComesFromANamedRule()
    {
        var why = _classifier.Explain("what's the max dose of morphine in 24h? I'm so burned out");

        Assert.Equal(ScopeConcern.Dosing, why.Signals.Concern);
        Assert.True(why.Signals.Distress);
        Assert.Contains("dosing.max_dose", why.Rules);
        Assert.Contains("distress.burnout", why.Rules);
        Assert.All(why.Rules, name => Assert.Contains(SafetyRule.All, r => r.Name == name));
    }

    [Fact]
    public void Rules_HaveUniqueNames_AndCoverEverySignal()
    {
        Assert.Equal(SafetyRule.All.Count, SafetyRule.All.Select(r => r.Name).Distinct().Count());
        Assert.All(Enum.GetValues<SafetySignal>(), s => Assert.Contains(SafetyRule.All, r => r.Signal == s));
    }
}
