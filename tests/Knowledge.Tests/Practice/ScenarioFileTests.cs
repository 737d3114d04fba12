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
}
