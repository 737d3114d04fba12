namespace CpcCoach.Bot.Dialogs;

/// <summary>One thing wrong with a flow file, said so an educator can fix it.</summary>
public sealed record FlowProblem(string File, int Line, string Message, string Fix)
{
    public override string ToString() => $"{File}:{Line}: {Message} Fix: {Fix}";
}

/// <summary>Thrown at startup when any flow file is broken; lists every problem, not just the first.</summary>
public sealed class FlowFileException(IReadOnlyList<FlowProblem> problems)
    : Exception("Dialog flow files are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<FlowProblem> Problems { get; } = problems;
}
