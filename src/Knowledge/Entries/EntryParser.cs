using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Validation;
using YamlDotNet.Core;

namespace CpcCoach.Knowledge.Entries;

/// <summary>Reads one Markdown entry: YAML front matter, then level-2 sections. Syntax problems come back as values.</summary>
internal static partial class EntryParser
{
    public static (EntryDocument? Document, IReadOnlyList<ContentProblem> Problems) Parse(string file, string text)
    {
        var problems = new List<ContentProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var close = lines.Length > 0 && lines[0].Trim() == "---" ? Array.FindIndex(lines, 1, l => l.Trim() == "---") : -1;
        if (close < 0)
        {
            problems.Add(new(file, 1, "The file has no YAML front matter.",
                "Start the file with a line '---', then the id, title, kind, frameworks... lines, then another '---' (see Content/README.md)."));
            return (null, problems);
        }

        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < close; i++)
        {
            if (KeyLine().Match(lines[i]) is { Success: true } key)
            {
                lineOf.TryAdd(key.Groups[1].Value, i + 1);
            }
        }

        FrontMatter front;
        try
        {
            front = FrontMatter.Read(string.Join('\n', lines[1..close]));
        }
        catch (YamlException ex)
        {
            problems.Add(new(file, (int)ex.Start.Line + 1, $"The front matter is not valid YAML ({FirstLine(ex)}).",
                "Check the quotes, colons and [list, brackets] on that line; allowed keys are id, title, kind, frameworks, roles, tags, synonyms, related, sources."));
            return (null, problems);
        }

        var body = SectionReader.Read(file, lines, close + 1, lineOf, problems);
        var entry = new KnowledgeEntry
        {
            Id = front.Id?.Trim() ?? string.Empty,
            Title = front.Title?.Trim() ?? string.Empty,
            Kind = ParseKind(front.Kind, file, lineOf, problems),
            Frameworks = Clean(front.Frameworks),
            Roles = Clean(front.Roles),
            Tags = Clean(front.Tags),
            Synonyms = Clean(front.Synonyms),
            Related = Clean(front.Related),
            Sources = Clean(front.Sources),
            Headline = body.Paragraph(Sections.Headline),
            WhenToUse = body.Paragraph(Sections.WhenToUse),
            Steps = body.Steps,
            Phrasings = body.Phrasings,
            Avoid = body.Bullets(Sections.Avoid),
            WhyItWorks = body.Paragraph(Sections.WhyItWorks),
            RoleNotes = body.RoleNotes,
        };
        return (new EntryDocument(file, entry, lineOf), problems);
    }

    private static EntryKind ParseKind(string? kind, string file, Dictionary<string, int> lineOf, List<ContentProblem> problems)
    {
        switch (kind?.Trim().ToLowerInvariant())
        {
            case "framework":
                return EntryKind.Framework;
            case "moment":
                return EntryKind.Moment;
            default:
                problems.Add(new(file, lineOf.GetValueOrDefault("kind", 2), $"kind is '{kind}', which is not a kind of entry.",
                    "Write 'kind: framework' for a framework entry or 'kind: moment' for a tough moment."));
                return EntryKind.Moment;
        }
    }

    private static string[] Clean(List<string>? values) =>
        values is null ? [] : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];

    // YamlDotNet prefixes its message with "(Line: 3, Col: 1, Idx: 40) - (Line: ...): "; the line is reported separately.
    private static string FirstLine(YamlException ex)
    {
        var message = ex.Message.Split('\n')[0].Trim();
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    [GeneratedRegex(@"^([a-z_]+)\s*:")]
    private static partial Regex KeyLine();
}
