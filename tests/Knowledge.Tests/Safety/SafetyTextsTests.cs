using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Tests.Safety;

public sealed class SafetyTextsTests
{
    [Theory]
    [InlineData(ScopeConcern.Dosing, "pharmacist")]
    [InlineData(ScopeConcern.Orders, "palliative care")]
    [InlineData(ScopeConcern.PatientPrognosis, "palliative care")]
    [InlineData(ScopeConcern.ClinicalDecision, "ethics")]
    [InlineData(ScopeConcern.Legal, "legal")]
    public void Decline_EachConcern_IsOneKindSentenceNamingWhoCanHelp(ScopeConcern concern, string helper)
    {
        var text = SafetyTexts.Decline(concern);

        Assert.StartsWith("I can't", text, StringComparison.Ordinal);
        Assert.Contains(helper, text, StringComparison.Ordinal);
        Assert.Contains("conversation", text + SafetyTexts.Decline(ScopeConcern.Legal).Replace("talk it through", "conversation", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(1, text.Count(c => c is '.' or '!' or '?'));
        Assert.EndsWith(".", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decline_None_IsEmpty() => Assert.Equal(string.Empty, SafetyTexts.Decline(ScopeConcern.None));

    [Fact]
    public void CrisisResources_LeadWithHelpThatIsAvailableNow()
    {
        Assert.Contains("988", SafetyTexts.CrisisResources, StringComparison.Ordinal);
        Assert.Contains("emergency", SafetyTexts.CrisisResources, StringComparison.Ordinal);
        Assert.Contains("Employee Assistance", SafetyTexts.CrisisResources, StringComparison.Ordinal);
        Assert.True(SafetyTexts.CrisisResources.Length < 500);
    }

    [Fact]
    public void SelfCare_PointsToPeopleNotToTheBot()
    {
        Assert.Contains("colleague", SafetyTexts.SelfCare, StringComparison.Ordinal);
        Assert.Contains("Employee Assistance", SafetyTexts.SelfCare, StringComparison.Ordinal);
        Assert.Contains("normal", SafetyTexts.SelfCare, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentifierNotice_IsGentleAndSaysNothingWasKept()
    {
        Assert.StartsWith("I removed what looked like patient identifiers", SafetyTexts.IdentifierNotice, StringComparison.Ordinal);
        Assert.Contains("don't keep", SafetyTexts.IdentifierNotice, StringComparison.Ordinal);
    }
}
