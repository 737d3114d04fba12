using System.Text.Json;

namespace CpcCoach.Knowledge.Tests.Safety;

/// <summary>A corpus message with invented identifiers, what kinds they are, and phrases that must survive.</summary>
public sealed record PhiMessage(string Id, string Text, string[] Identifiers, string[] Kinds, string[]? Keep, string? Expected)
{
    public override string ToString() => Id;
}

public sealed record ClassifierCase(string Text, string Concern, bool Distress, bool SelfHarm, string? Note)
{
    public override string ToString() => Text.Length > 60 ? Text[..60] : Text;
}

/// <summary>Loads the labelled data files copied next to the test assembly.</summary>
public static class SafetyData
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<PhiMessage> PhiCorpus { get; } = Load<PhiMessage>("phi-corpus.json", "messages");

    public static IReadOnlyList<string> CleanMessages { get; } = Load<string>("clean-messages.json", "messages");

    public static IReadOnlyList<ClassifierCase> ClassifierCases { get; } = Load<ClassifierCase>("classifier-cases.json", "cases");

    /// <summary>Every message the safety tests label: classifier cases, clean and PHI messages, clinical and communication asks.</summary>
    public static IEnumerable<string> LabelledTexts() =>
        ClassifierCases.Select(c => c.Text)
            .Concat(CleanMessages)
            .Concat(PhiCorpus.Select(m => m.Text))
            .Concat(((IEnumerable<object?[]>)ClinicalScopeTests.ClinicalRequests).Select(row => (string)row[0]!))
            .Concat(((IEnumerable<object?[]>)ClinicalScopeTests.CommunicationQuestions).Select(row => (string)row[0]!));

    public static TheoryData<PhiMessage> PhiTheory() => [.. PhiCorpus];

    public static TheoryData<string> CleanTheory() => [.. CleanMessages];

    public static TheoryData<ClassifierCase> ClassifierTheory() => [.. ClassifierCases];

    private static List<T> Load<T>(string file, string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", file)));
        return doc.RootElement.GetProperty(property).Deserialize<List<T>>(Json)!;
    }
}
