using CpcCoach.Knowledge.Practice.Scenarios;

namespace CpcCoach.Knowledge.Tests.Practice;

public sealed class ScenarioFileTests
{
    [Fact]
    public void Load_AllScenarioFiles_AreValidAndCoverRolesAndFamilies()
    {
        var library = ScenarioLibrary.Load();

        Assert.True(library.All.Count >= 12, $"{library.All.Count} scenarios");
        Assert.Contains(library.All, s => s.Roles.Contains("nurse"));
        Assert.Contains(library.All, s => s.Roles.Contains("social_worker"));
        Assert.Contains(library.All, s => s.Roles.Contains("chaplain"));
        Assert.Contains(library.All, s => s.Personas.Count >= 2);
    }

    [Fact]
    public void Validate_BrokenFile_NamesFileLineAndFix()
    {
        const string yaml = "id: broken\ntitle: Broken\nroles: [surgeon]\nframeworks: [spikes]\ncontext: x\nobjectives: [x]\nrubric: [empathy, charm]\npersonas:\n  - id: p\n    name: P\n    role: r\n    knows: k\n    fears: f\n    hopes: h\n    emotion: fear\n    intensity: 5\n    calmed_by: [nurse_name]\n    lines:\n      opening: hi\n";

        var (_, problems) = ScenarioLibrary.Validate([("dialogs/scenarios/broken.yaml", yaml)]);

        Assert.Contains(problems, p => p.Line == 3 && p.Message.Contains("surgeon", StringComparison.Ordinal) && p.Fix.Contains("nurse", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 7 && p.Message.Contains("charm", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 16 && p.Message.Contains("intensity", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("'upset'", StringComparison.Ordinal) && p.File == "dialogs/scenarios/broken.yaml");
        Assert.Throws<ScenarioValidationException>(() => ScenarioLibrary.Load([("dialogs/scenarios/broken.yaml", yaml)]));
    }

    [Theory]
    [InlineData("roles: [nurse]", "roles: [nurse", 3)]
    [InlineData("calmed_by: [nurse_name]", "calmed_by: {nurse_name", 16)]
    public void Validate_UnclosedBracket_IsAProblemOnItsLineAndOtherFilesStillLoad(string valid, string broken, int line)
    {
        var text = Valid("unclosed").Replace(valid, broken, StringComparison.Ordinal);

        var (scenarios, problems) = ScenarioLibrary.Validate([("dialogs/scenarios/unclosed.yaml", text), ("dialogs/scenarios/fine.yaml", Valid("fine"))]);

        var problem = Assert.Single(problems);
        Assert.Equal("dialogs/scenarios/unclosed.yaml", problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Contains("unclosed '[' or '{'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("close every", problem.Fix, StringComparison.Ordinal);
        Assert.Equal("fine", Assert.Single(scenarios).Id);
    }

    private static string Valid(string id) => $"id: {id}\ntitle: Fine\nroles: [nurse]\nframeworks: [nurse]\ncontext: x\nobjectives: [x]\nrubric: [empathy]\npersonas:\n  - id: p\n    name: P\n    role: r\n    knows: k\n    fears: f\n    hopes: h\n    emotion: fear\n    calmed_by: [nurse_name]\n    intensity: 2\n    lines:\n      opening: hi\n      upset: no\n      calmer: ok\n      open: yes\n      plan_calm: fine\n";
}
