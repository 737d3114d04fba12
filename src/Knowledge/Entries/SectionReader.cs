using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Validation;

namespace CpcCoach.Knowledge.Entries;

/// <summary>Splits the Markdown body into its level-2 sections and reads lists out of them.</summary>
internal sealed partial class SectionReader
{
    private readonly Dictionary<string, List<string>> _sections = new(StringComparer.OrdinalIgnoreCase);

    public List<EntryStep> Steps { get; } = [];
    public List<string> Phrasings { get; } = [];
    public List<RoleNote> RoleNotes { get; } = [];

    public static SectionReader Read(string file, string[] lines, int start, Dictionary<string, int> lineOf, List<ContentProblem> problems)
    {
        var reader = new SectionReader();
        List<string>? current = null;
        string? section = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = Sections.All.FirstOrDefault(s => s.Equals(line[3..].Trim(), StringComparison.OrdinalIgnoreCase));
                if (section is null)
                {
                    problems.Add(new(file, i + 1, $"'{line}' is not one of the entry sections.",
                        $"Use only these level-2 headings: {string.Join(", ", Sections.All.Select(Sections.LineKey))}."));
                    current = null;
                    continue;
                }

                lineOf.TryAdd(Sections.LineKey(section), i + 1);
                current = reader._sections.TryGetValue(section, out var existing) ? existing : reader._sections[section] = [];
                continue;
            }

            if (current is null || line.Length == 0)
            {
                continue;
            }

            current.Add(line);
            reader.ReadListLine(section!, line, i + 1, file, lineOf, problems);
        }

        return reader;
    }

    public string Paragraph(string section) =>
        _sections.TryGetValue(section, out var lines) ? string.Join(' ', lines.Select(l => l.Trim())) : string.Empty;

    public List<string> Bullets(string section) =>
        _sections.TryGetValue(section, out var lines)
            ? [.. lines.Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(l => l.TrimStart()[2..].Trim())]
            : [];

    private void ReadListLine(string section, string line, int lineNumber, string file, Dictionary<string, int> lineOf, List<ContentProblem> problems)
    {
        if (section == Sections.Steps && StepLine().Match(line) is { Success: true } step)
        {
            Steps.Add(new EntryStep(step.Groups["name"].Value.Trim(), step.Groups["text"].Value.Trim()));
        }
        else if (section == Sections.SayItLikeThis && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            var raw = line.TrimStart()[2..].Trim();
            lineOf[$"phrase:{Phrasings.Count}"] = lineNumber;
            if (QuotedLine().Match(raw) is { Success: true } quoted)
            {
                Phrasings.Add(quoted.Groups[1].Value.Trim());
            }
            else
            {
                problems.Add(new(file, lineNumber, "A phrasing is not in double quotes.",
                    "Write each phrasing as a bullet in double quotes: - \"What are you hoping for?\""));
                Phrasings.Add(raw);
            }
        }
        else if (section == Sections.RoleNotes && RoleLine().Match(line) is { Success: true } role)
        {
            lineOf.TryAdd($"role:{role.Groups["role"].Value.Trim().ToLowerInvariant()}", lineNumber);
            RoleNotes.Add(new RoleNote(role.Groups["role"].Value.Trim(), role.Groups["text"].Value.Trim()));
        }
    }

    [GeneratedRegex(@"^\s*\d+\.\s+(?:\*\*(?<name>[^*]+?):?\*\*:?)?\s*(?<text>.*)$")]
    private static partial Regex StepLine();

    [GeneratedRegex("^[\"“](.*)[\"”]$")]
    private static partial Regex QuotedLine();

    [GeneratedRegex(@"^\s*-\s+\*\*(?<role>[^*:]+):?\*\*:?\s*(?<text>.*)$")]
    private static partial Regex RoleLine();
}
