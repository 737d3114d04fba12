namespace CpcCoach.Knowledge.Practice.Scenarios;

/// <summary>The practice scenarios (dialogs/scenarios/*.yaml, embedded in this assembly), validated when loaded.</summary>
public sealed class ScenarioLibrary
{
    private const string ResourcePrefix = "scenarios/";

    private ScenarioLibrary(IReadOnlyList<Scenario> scenarios) => All = scenarios;

    public IReadOnlyList<Scenario> All { get; }

    public Scenario? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    /// <summary>Loads the embedded files; throws listing every problem (file, line, fix) when any is broken.</summary>
    public static ScenarioLibrary Load() => Load(Embedded());

    public static ScenarioLibrary Load(IEnumerable<(string File, string Text)> files)
    {
        var (scenarios, problems) = Validate(files);
        return problems.Count > 0 ? throw new ScenarioValidationException(problems) : new ScenarioLibrary(scenarios);
    }

    public static (IReadOnlyList<Scenario> Scenarios, IReadOnlyList<ScenarioProblem> Problems) Validate(IEnumerable<(string File, string Text)> files)
    {
        var scenarios = new List<Scenario>();
        var problems = new List<ScenarioProblem>();
        foreach (var (file, text) in files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            var parser = new ScenarioParser(file);
            if (parser.Parse(text) is { } scenario)
            {
                scenarios.Add(scenario);
            }

            problems.AddRange(parser.Problems);
        }

        return (scenarios, problems);
    }

    public static IEnumerable<(string File, string Text)> Embedded()
    {
        var assembly = typeof(ScenarioLibrary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("dialogs/" + name, reader.ReadToEnd());
        }
    }
}
