namespace CpcCoach.Knowledge.Practice.Scenarios;

/// <summary>A broken scenario file: where, what, and how to fix it.</summary>
public sealed record ScenarioProblem(string File, int Line, string Message, string Fix)
{
    public override string ToString() => $"{File}:{Line}: {Message} Fix: {Fix}";
}

/// <summary>Thrown at startup when any scenario file is broken; the message lists every problem.</summary>
public sealed class ScenarioValidationException(IReadOnlyList<ScenarioProblem> problems)
    : Exception("Practice scenarios are invalid:\n" + string.Join('\n', problems))
{
    public IReadOnlyList<ScenarioProblem> Problems { get; } = problems;
}
