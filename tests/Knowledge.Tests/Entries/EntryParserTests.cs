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

    [Theory]
    [InlineData("title: \"A test moment\"", "title: [A, test, moment]", 3, "'title' must be a single value, not a list")]
    [InlineData("kind: moment", "kind:\n  name: moment", 5, "'kind' must be a single value, not nested keys")]
    [InlineData("frameworks: [nurse]", "frameworks: nurse", 5, "'frameworks' must be a list")]
    [InlineData("tags: [testing]", "tags:\n  topic: testing", 8, "'tags' must be a list")]
    [InlineData("roles: [nurse]", "roles:\n  - nurse: bedside", 7, "each item of 'roles' must be a single value")]
    [InlineData("related: [nurse]", "related: [nurse]\nrelated: [nurse]", 10, "Duplicate key related")]
    [InlineData("tags: [testing]", "tags: [testing", 7, "unclosed '['")]
    [InlineData("title: \"A test moment\"", "title: \"unclosed", 3, "double-quoted scalar")]
    public void Parse_BrokenFrontMatterValue_IsAProblemOnItsLine(string valid, string broken, int line, string expected)
    {
        var (document, problems) = EntryParser.Parse("x.md", BadFiles.ValidMoment.Replace(valid, broken, StringComparison.Ordinal));

        Assert.Null(document);
        var problem = Assert.Single(problems);
        Assert.Equal(line, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("The front matter is not valid YAML (", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A test moment about kind words")]
    [InlineData("- id: test_moment\n- kind: moment")]
    [InlineData("[test_moment, moment]")]
    public void Parse_FrontMatterThatIsNotKeyValueLines_IsAProblemOnItsFirstLine(string front)
    {
        var (document, problems) = EntryParser.Parse("x.md", WithFrontMatter(front));

        Assert.Null(document);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("must be 'key: value' lines", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFrontMatter_ReadsAsNoKeysAndAsksForAKind()
    {
        var (document, problems) = EntryParser.Parse("x.md", WithFrontMatter(string.Empty));

        Assert.Equal(string.Empty, document!.Entry.Id);
        Assert.Empty(document.Entry.Frameworks);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("kind is ''", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeyWithoutAValue_ReadsAsEmpty()
    {
        var text = BadFiles.ValidMoment
            .Replace("synonyms: [a test]", "synonyms:", StringComparison.Ordinal)
            .Replace("tags: [testing]", "tags: ~", StringComparison.Ordinal);

        var (document, problems) = EntryParser.Parse("x.md", text);

        Assert.Empty(problems);
        Assert.Empty(document!.Entry.Synonyms);
        Assert.Empty(document.Entry.Tags);
        Assert.Equal(["nurse"], document.Entry.Roles);
    }

    [Fact]
    public void Parse_CrLfLineEndings_ReadTheSame()
    {
        var (document, problems) = EntryParser.Parse("x.md", BadFiles.ValidMoment.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Empty(problems);
        Assert.Equal(3, document!.Entry.Phrasings.Count);
    }

    // The front matter lines replaced, the sections of the valid entry kept.
    private static string WithFrontMatter(string front)
    {
        var body = BadFiles.ValidMoment[(BadFiles.ValidMoment.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        return front.Length == 0 ? $"---\n---\n{body}" : $"---\n{front}\n---\n{body}";
    }
}
