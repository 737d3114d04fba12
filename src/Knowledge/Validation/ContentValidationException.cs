namespace CpcCoach.Knowledge.Validation;

/// <summary>Thrown at startup when content is broken; the message lists every problem with its file, line and fix.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentProblem> problems)
    : Exception(Describe(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<ContentProblem> problems) =>
        $"The knowledge base has {problems.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(p => "  " + p));
}
