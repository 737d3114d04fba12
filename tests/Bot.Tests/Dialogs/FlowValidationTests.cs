using CpcCoach.Bot.Dialogs;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>A broken flow file stops startup with a message naming the file, the line and the fix.</summary>
public sealed class FlowValidationTests
{
    private static readonly IReadOnlySet<string> Actions = new HashSet<string> { "compose_plan" };

    [Fact]
    public void ShippedFlows_AreValid()
    {
        var flows = FlowLibrary.Load(FlowLibrary.ReadFiles(null), new HashSet<string>(["compose_plan", "learn_menu", "learn_overview", "learn_step", "quiz_check", "suggest_empathy", "debrief_support", "record_rating"]));
        Assert.Equal(["debrief", "emotion", "feedback", "learn", "prepare"], flows.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_WhenABranchTargetIsMissing_NamesFileLineAndFix()
    {
        var problem = Assert.Single(Problems("""
            id: demo
            version: 1
            title: Demo
            steps:
              - id: ask
                confirm: Ready?
                retry: Yes or no, please.
              - id: route
                branch: ask
                cases: { yes: nowhere }
                default: done
              - id: done
                end: ask
            """));
        Assert.Equal(("demo.yaml", 8), (problem.File, problem.Line));
        Assert.Contains("'nowhere'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ask, route, done", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenAPromptHasNoRetry_SaysWhatToAdd()
    {
        var problem = Assert.Single(Problems("""
            id: demo
            version: 1
            title: Demo
            steps:
              - id: who
                ask: Who?
              - id: done
                end: who
            """));
        Assert.Equal(5, problem.Line);
        Assert.Contains("retry", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WhenIdsRepeatAndActionIsUnknown_ReportsEveryProblem()
    {
        var problems = Problems("""
            id: demo
            version: 1
            title: Demo
            steps:
              - id: step
                say: Hello
              - id: step
                action: make_tea
              - id: done
                end: ~
            """);
        Assert.Contains(problems, p => p.Message.Contains("used twice", StringComparison.Ordinal) && p.Line == 7);
        Assert.Contains(problems, p => p.Message.Contains("make_tea", StringComparison.Ordinal) && p.Fix.Contains("compose_plan", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhenYamlIsBroken_NamesTheLine()
    {
        var problem = Assert.Single(Problems("id: demo\nsteps:\n  - id: [unclosed\n"));
        Assert.Equal("demo.yaml", problem.File);
        Assert.True(problem.Line >= 3);
    }

    [Theory]
    [InlineData("id: demo\nsteps:\n  - id: [unclosed\n    say: hello\n", 3)]
    [InlineData("id: demo\nsteps:\n  - id: ask\n    options: {a: 1\n    next: done\n", 4)]
    public void Load_WhenABracketIsLeftOpen_NamesTheFileAndLine_InsteadOfCrashing(string yaml, int line)
    {
        // YamlDotNet's scanner throws InvalidOperationException here; an override folder's file is an author's to fix.
        var problem = Assert.Single(Problems(yaml));
        Assert.Equal("demo.yaml", problem.File);
        Assert.InRange(problem.Line, line, line + 1);
        Assert.Contains("unclosed '[' or '{'", problem.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<FlowProblem> Problems(string yaml)
    {
        var error = Assert.Throws<FlowFileException>(() => FlowLibrary.Load([("demo.yaml", yaml)], Actions));
        Assert.Contains("demo.yaml:", error.Message, StringComparison.Ordinal);
        return error.Problems;
    }
}
