using System.Text.Json;
using System.Text.RegularExpressions;

namespace CpcCoach.Bot.Tests.Safety;

/// <summary>The shared PHI corpus (tests/Knowledge.Tests/Safety/phi-corpus.json), linked into this project's output.</summary>
public sealed record PhiMessage(string Id, string Text, string[] Identifiers)
{
    public static IReadOnlyList<PhiMessage> All { get; } = Load();

    public static TheoryData<PhiMessage> Theory() => [.. All];

    /// <summary>The identifiers of this message that appear in <paramref name="text"/> as whole words.</summary>
    public IEnumerable<string> FoundIn(string text) =>
        Identifiers.Where(id => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(id)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase));

    public override string ToString() => Id;

    private static List<PhiMessage> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Safety", "phi-corpus.json")));
        return doc.RootElement.GetProperty("messages").Deserialize<List<PhiMessage>>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }
}
