using CpcCoach.Bot.Dialogs;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>What a typed answer becomes before it is compared with options and command words.</summary>
public sealed class ChoiceMatcherTests
{
    [Theory]
    [InlineData("  Family   MEETING!! ", "family meeting")]
    [InlineData("n/a", "n a")]
    [InlineData("Famly-meting, please", "famly meting please")]
    [InlineData("Café au lait", "café au lait")]
    [InlineData("Option 2.", "option 2")]
    [InlineData("?!", "")]
    [InlineData("", "")]
    public void TypedText_IsLowerCaseWordsWithSingleSpaces(string typed, string normal)
    {
        Assert.Equal(normal, ChoiceMatcher.Normalize(typed));
    }

    [Fact]
    public void TextThatIsAlreadyNormal_ComesBackAsItIs()
    {
        var typed = "show my plan";

        Assert.Same(typed, ChoiceMatcher.Normalize(typed));
    }

    [Fact]
    public void LongText_IsNormalisedLikeShortText()
    {
        var typed = string.Concat(Enumerable.Repeat("Word, ", 200));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 200)), ChoiceMatcher.Normalize(typed));
    }
}
