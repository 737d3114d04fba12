using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Tests.Support;

namespace CpcCoach.Knowledge.Tests.Entries;

public sealed class EntryParserTests
{
    [Fact]
    public void Parse_ReadsFrontMatterAndEverySection()
    {
        var (document, problems) = EntryParser.Parse("Content/moments/test_moment.md", BadFiles.ValidMoment);

        Assert.Empty(problems);
        var entry = document!.Entry;
        Assert.Equal("test_moment", entry.Id);
        Assert.Equal(EntryKind.Moment, entry.Kind);
        Assert.Equal(["nurse"], entry.Frameworks);
        Assert.Equal("Say one kind thing and then stop talking.", entry.Headline);
        Assert.Equal(new EntryStep("Notice", "Notice the feeling."), entry.Steps[0]);
        Assert.Equal(3, entry.Steps.Count);
        Assert.Equal("This sounds really hard.", entry.Phrasings[0]);
        Assert.Equal(["Rushing to reassure.", "Giving statistics."], entry.Avoid);
        Assert.Equal(new RoleNote("Nurse", "Use it at the bedside."), Assert.Single(entry.RoleNotes));
        Assert.StartsWith("Author A.", entry.PrimarySource, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RecordsLinesForKeysSectionsAndPhrasings()
    {
        var (document, _) = EntryParser.Parse("x.md", BadFiles.ValidMoment);

        Assert.Equal(2, document!.LineOf("id"));
        Assert.Equal(9, document.LineOf("related"));
        Assert.Equal(14, document.LineOf("## Headline"));
        Assert.Equal(30, document.LineOf("phrase:0"));
    }

    [Fact]
    public void Parse_WithoutFrontMatter_SaysHowToStartTheFile()
    {
        var (document, problems) = EntryParser.Parse("x.md", "# Just a heading\n");

        Assert.Null(document);
        Assert.Contains("'---'", Assert.Single(problems).Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownFrontMatterKey_IsAProblemOnItsLine()
    {
        var (_, problems) = EntryParser.Parse("x.md", BadFiles.ValidMoment.Replace("tags: [testing]", "tagz: [testing]", StringComparison.Ordinal));

        var problem = Assert.Single(problems);
        Assert.Equal(7, problem.Line);
        Assert.Contains("tagz", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CrLfLineEndings_ReadTheSame()
    {
        var (document, problems) = EntryParser.Parse("x.md", BadFiles.ValidMoment.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(problems);
        Assert.Equal(3, document!.Entry.Phrasings.Count);
    }
}
