using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;
using YamlDotNet.RepresentationModel;

namespace CpcCoach.Knowledge.Tests.Practice;

/// <summary>Every scenario has a transcript file with a good run and a poor run (Practice/Transcripts/*.yaml).</summary>
public sealed class TranscriptTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load());
    private static readonly ScenarioLibrary Library = ScenarioLibrary.Load();

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Practice", "Transcripts"), "*.yaml").Select(f => Path.GetFileName(f));

    public static TheoryData<string> Files() => [.. FileNames()];

    [Fact]
    public void EveryScenario_HasATranscriptFile() =>
        Assert.All(Library.All, s => Assert.Contains(s.Id + ".yaml", FileNames()));

    [Theory]
    [MemberData(nameof(Files))]
    public void Transcript_PoorRunScoresLower_AndGetsQuotedFeedback(string file)
    {
        var (scenarioId, good, poor) = Read(file);
        var scenario = Library.Find(scenarioId) ?? throw new InvalidDataException($"{file}: unknown scenario {scenarioId}");
        var builder = new FeedbackBuilder(Knowledge.Value, Library);

        var goodFeedback = builder.Build(scenario, PracticeRun.Play(scenario, good).Turns, []);
        var poorFeedback = builder.Build(scenario, PracticeRun.Play(scenario, poor).Turns, []);

        Assert.True(goodFeedback.Points > poorFeedback.Points, $"{file}: good {goodFeedback.Points} vs poor {poorFeedback.Points}");
        Assert.Equal(2, goodFeedback.Strengths.Count);
        Assert.All(goodFeedback.Strengths, p => Assert.Contains(p.Quote, good));
        Assert.Equal(2, poorFeedback.ToTry.Count);
        Assert.All(poorFeedback.ToTry, p =>
        {
            Assert.Contains(p.Quote, poor);
            Assert.False(string.IsNullOrWhiteSpace(p.Phrasing));
            Assert.NotNull(Knowledge.Value.Find(p.EntryId));
            Assert.False(string.IsNullOrWhiteSpace(p.Source));
        });
        Assert.NotNull(poorFeedback.NextScenarioId);
        Assert.All(poorFeedback.Notes, n => Assert.Null(n.Score));
    }

    private static (string Scenario, List<string> Good, List<string> Poor) Read(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Practice", "Transcripts", file))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        List<string> Lines(string key) => [.. ((YamlSequenceNode)root[key]).Children.Select(n => ((YamlScalarNode)n).Value!)];
        return (((YamlScalarNode)root["scenario"]).Value!, Lines("good"), Lines("poor"));
    }
}
