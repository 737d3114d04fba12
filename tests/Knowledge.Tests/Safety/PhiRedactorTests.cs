using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Knowledge.Tests.Safety;

public sealed partial class PhiRedactorTests
{
    private readonly PhiRedactor _redactor = new();

    [Theory]
    [MemberData(nameof(SafetyData.PhiTheory), MemberType = typeof(SafetyData))]
    public void Redact_CorpusMessage_RemovesEveryIdentifier(PhiMessage message)
    {
        var result = _redactor.Redact(message.Text);

        Assert.All(message.Identifiers, id => Assert.DoesNotContain(id, result.Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(message.Kinds, kind => Assert.Contains(kind, result.Kinds));
        Assert.Equal(result.Kinds.Distinct().Count(), result.Kinds.Count);
    }

    [Theory]
    [MemberData(nameof(SafetyData.PhiTheory), MemberType = typeof(SafetyData))]
    public void Redact_CorpusMessage_KeepsTheQuestionUseful(PhiMessage message)
    {
        var result = _redactor.Redact(message.Text);

        Assert.All(message.Keep ?? [], phrase => Assert.Contains(phrase, result.Text, StringComparison.Ordinal));
        if (message.Expected is { } expected)
        {
            Assert.Equal(expected, result.Text);
        }

        var (kept, total) = SurvivingWords(message);
        Assert.True(kept >= 0.85 * total, $"only {kept} of {total} non-identifier words survived: {result.Text}");
    }

    [Theory]
    [MemberData(nameof(SafetyData.CleanTheory), MemberType = typeof(SafetyData))]
    public void Redact_CleanClinicalMessage_LeavesItUnchanged(string text)
    {
        var result = _redactor.Redact(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Kinds);
    }

    [Theory]
    [InlineData("pain is 8/10 today", "pain is 8/10 today")]
    [InlineData("on call 24/7 this week", "on call 24/7 this week")]
    [InlineData("give 1/2 tab", "give 1/2 tab")]
    [InlineData("BP 90/60, 2-3 weeks, 10-14 days", "BP 90/60, 2-3 weeks, 10-14 days")]
    [InlineData("seen on 3/4 in clinic", "seen on [date] in clinic")]
    [InlineData("scan 12/03/2024 showed progression", "scan [date] showed progression")]
    [InlineData("she may 3x a day", "she may 3x a day")]
    [InlineData("diagnosed May 3, 2021", "diagnosed [date]")]
    [InlineData("ph 617.555.0101 ext 22", "ph [phone]")]
    [InlineData("she is 97 and lives alone", "she is 97 and lives alone")]
    [InlineData("daughter Marisol called again from 617-555-0143", "daughter [name] called again from [phone]")]
    public void Redact_DateAndNumberLookAlikes_AreToldApart(string text, string expected) =>
        Assert.Equal(expected, _redactor.Redact(text).Text);

    [Fact]
    public void Redact_NameMentionedTwice_RemovesBothMentions()
    {
        var result = _redactor.Redact("daughter Ysolde is upset. Ysolde thinks we gave up on her mom");

        Assert.Equal("daughter [name] is upset. [name] thinks we gave up on her mom", result.Text);
        Assert.Equal(["name"], result.Kinds);
    }

    [Fact]
    public void Redact_EmptyText_ReturnsItWithNoKinds()
    {
        var result = _redactor.Redact(string.Empty);

        Assert.Equal(string.Empty, result.Text);
        Assert.Empty(result.Kinds);
    }

    internal static (int Kept, int Total) SurvivingWords(PhiMessage message)
    {
        var redacted = new PhiRedactor().Redact(message.Text).Text;
        var identifierWords = message.Identifiers.SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var original = Words(message.Text).Where(w => !identifierWords.Contains(w) && !LabelWords.Contains(w)).ToList();
        var left = Words(redacted).GroupBy(w => w, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var kept = 0;
        foreach (var w in original)
        {
            if (left.TryGetValue(w, out var n) && n > 0)
            {
                left[w] = n - 1;
                kept++;
            }
        }

        return (kept, original.Count);
    }

    // Labels that a placeholder replaces together with the identifier ("DOB 3/2/1950" becomes "[date of birth]").
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mrn", "dob", "d", "o", "b", "born", "on", "ssn", "acct", "encounter", "insurance", "id", "medicare", "apt", "po", "box", "cell", "fax",
    };

    internal static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
