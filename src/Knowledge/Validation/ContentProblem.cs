namespace CpcCoach.Knowledge.Validation;

/// <summary>One thing wrong with a content file: where, what, and how an educator fixes it.</summary>
public sealed record ContentProblem(string File, int Line, string Message, string Fix)
{
    public override string ToString() => $"{File}:{Line}: {Message} Fix: {Fix}";
}
