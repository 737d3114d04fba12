using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Validation;

/// <summary>
/// The rules of Content/README.md. Runs at startup and in tests; every problem names the file, the line and the fix.
/// </summary>
public static partial class ContentValidator
{
    /// <summary>A phrasing must be sayable aloud in a breath or two.</summary>
    public const int MaxPhrasingWords = 35;

    public const int MaxHeadlineWords = 40;

    /// <summary>The roles every framework entry must speak to, where practice differs.</summary>
    public static readonly IReadOnlyList<string> FrameworkRoles = ["Nurse", "Social worker", "Chaplain", "Pharmacist"];

    public static IReadOnlyList<ContentProblem> Validate(IReadOnlyList<EntryDocument> documents)
    {
        var problems = new List<ContentProblem>();
        var ids = documents.Select(d => d.Entry.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var duplicate in documents.GroupBy(d => d.Entry.Id, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            foreach (var document in duplicate.Skip(1))
            {
                problems.Add(new(document.File, document.LineOf("id"), $"The id '{duplicate.Key}' is also used by {duplicate.First().File}.",
                    "Give each entry its own id (and keep a framework entry's id equal to its framework key)."));
            }
        }

        foreach (var document in documents)
        {
            EntryRules.Check(document, ids, problems);
        }

        var covered = documents.Where(d => d.Entry.Kind == EntryKind.Framework).Select(d => d.Entry.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var key in FrameworkKeys.All.Where(k => !covered.Contains(k)))
        {
            problems.Add(new($"Content/frameworks/{key}.md", 1, $"The framework key '{key}' has no framework entry.",
                $"Add Content/frameworks/{key}.md with 'id: {key}' and 'kind: framework'."));
        }

        return problems;
    }

    internal static int WordCount(string text) => Words().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex Words();
}
