using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Tests.Support;
using CpcCoach.Knowledge.Validation;

namespace CpcCoach.Knowledge.Tests.Validation;

public sealed class ContentValidatorTests
{
    private const string File = "Content/moments/test_moment.md";

    [Fact]
    public void RealContent_HasNoProblems()
    {
        var (documents, problems) = EntryLoader.Load(ContentFiles.Embedded());

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(documents.Count(d => d.Entry.Kind == EntryKind.Moment) >= 40, "at least 40 tough-moment entries");
    }

    [Fact]
    public void EveryFrameworkKey_HasAFrameworkEntry()
    {
        var (documents, _) = EntryLoader.Load(ContentFiles.Embedded());
        var frameworks = documents.Where(d => d.Entry.Kind == EntryKind.Framework).Select(d => d.Entry.Id).ToHashSet();

        Assert.All(FrameworkKeys.All, key => Assert.Contains(key, frameworks));
    }

    [Fact]
    public void MissingFrameworkEntry_IsReportedWithTheFileToAdd()
    {
        var files = ContentFiles.Embedded().Where(f => !f.Name.EndsWith("/hope.md", StringComparison.Ordinal)).ToList();

        var problems = EntryLoader.Load(files).Problems;

        var problem = Assert.Single(problems, p => p.Message.Contains("'hope' has no framework entry", StringComparison.Ordinal));
        Assert.Contains("Content/frameworks/hope.md", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidTestEntry_HasNoProblems() => Assert.Empty(Problems(BadFiles.ValidMoment));

    [Theory]
    [InlineData("## Avoid", "## Advice", "'## Advice' is not one of the entry sections")]
    [InlineData("frameworks: [nurse]", "frameworks: [nurse, empathy_101]", "'empathy_101' is not a framework key")]
    [InlineData("related: [nurse]", "related: [nurse, no_such_entry]", "cross-link 'no_such_entry'")]
    [InlineData("  - \"Author A. A title. Journal. 2000;1(1):1-2.\"", "", "no citation")]
    [InlineData("- \"I'm here with you.\"", "- \"I'm here with you, and I want you to know that whatever happens over the next few days and weeks, the whole team will keep coming by and we will keep looking after you and your family.\"", "too long to say aloud")]
    [InlineData("- \"Tell me more about what worries you.\"", "", "has 2 phrasings")]
    [InlineData("- **Nurse:** Use it at the bedside.", "", "role notes are empty")]
    [InlineData("kind: moment", "kind: tip", "not a kind of entry")]
    [InlineData("- \"This sounds really hard.\"", "- This sounds really hard.", "not in double quotes")]
    [InlineData("title: \"A test moment\"", "title: \"unclosed", "not valid YAML")]
    public void BrokenEntry_IsReportedWithFileLineAndFix(string valid, string broken, string expected)
    {
        var problems = Problems(BadFiles.ValidMoment.Replace(valid, broken, StringComparison.Ordinal));

        var problem = Assert.Single(problems, p => p.Message.Contains(expected, StringComparison.Ordinal) || p.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.Equal(File, problem.File);
        Assert.True(problem.Line > 1, $"line {problem.Line} should point into the file");
        Assert.NotEmpty(problem.Fix);
        Assert.StartsWith($"{File}:{problem.Line}: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSection_NamesTheSectionToAdd()
    {
        var text = BadFiles.ValidMoment.Replace("## Why it works\n\nPeople feel heard.\n", string.Empty, StringComparison.Ordinal);

        var problem = Assert.Single(Problems(text));

        Assert.Contains("'## Why it works' is missing", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Add a '## Why it works' heading", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkEntry_WithoutAllRoleNotes_NamesEachMissingRole()
    {
        var framework = ContentFiles.Embedded().Single(f => f.Name == "Content/frameworks/hope.md");
        var broken = string.Join('\n', framework.Text.Split('\n').Where(l => !l.StartsWith("- **Pharmacist:**", StringComparison.Ordinal) && !l.StartsWith("- **Chaplain:**", StringComparison.Ordinal)));
        var files = ContentFiles.Embedded().Select(f => f.Name == framework.Name ? f with { Text = broken } : f).ToList();

        var problems = EntryLoader.Load(files).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("Pharmacist", StringComparison.Ordinal) && p.File == framework.Name);
        Assert.Contains(problems, p => p.Message.Contains("Chaplain", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateId_NamesBothFiles()
    {
        var problems = EntryLoader.Load(BadFiles.RealPlus(BadFiles.ValidMoment.Replace("id: test_moment", "id: am_i_dying", StringComparison.Ordinal))).Problems;

        var problem = Assert.Single(problems);
        Assert.Contains("am_i_dying", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Content/moments/am_i_dying.md", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenContent_StopsLoadingWithEveryProblemInTheMessage()
    {
        var files = BadFiles.RealPlus(BadFiles.ValidMoment.Replace("related: [nurse]", "related: [nowhere]", StringComparison.Ordinal));

        var ex = Assert.Throws<ContentValidationException>(() => KnowledgeBase.Load(files));

        Assert.Contains($"{File}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", ex.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ContentProblem> Problems(string text) =>
        EntryLoader.Load(BadFiles.RealPlus(text)).Problems;
}
