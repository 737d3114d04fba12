using CpcCoach.Knowledge.Entries;
using CpcCoach.Knowledge.Practice.Scoring;
using CpcCoach.Knowledge.Practice.Skills;
using CpcCoach.Knowledge.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CpcCoach.Knowledge.Practice.Scenarios;

/// <summary>
/// Reads one scenario file through the YAML node model, so every problem can name its line. Unknown keys are
/// problems too: a typo must not silently drop a persona's trigger.
/// </summary>
internal sealed class ScenarioParser(string file)
{
    private static readonly string[] TopKeys = ["id", "title", "roles", "frameworks", "context", "objectives", "rubric", "personas"];
    private static readonly string[] PersonaKeys = ["id", "name", "role", "knows", "fears", "hopes", "emotion", "intensity", "calmed_by", "triggers", "lines"];
    private static readonly string[] Emotions = ["fear", "anger", "grief", "guilt", "denial", "distress"];
    private static readonly string[] KnownRoles = ["physician", "resident", "nurse", "social_worker", "chaplain", "pharmacist"];
    private static readonly LineKind[] RequiredLines = [LineKind.Opening, LineKind.Upset, LineKind.Calmer, LineKind.Open, LineKind.PlanCalm];

    private readonly List<ScenarioProblem> _problems = [];

    public IReadOnlyList<ScenarioProblem> Problems => _problems;

    public Scenario? Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            // Through the guard: YamlDotNet's scanner crashes on an unclosed '[' or '{', and that is the author's to fix.
            stream.Load(new ScannerGuard(new Parser(new StringReader(text))));
        }
        catch (YamlException ex)
        {
            Problem((int)ex.Start.Line, $"not valid YAML ({ex.Message}).", "check indentation, close every '[' and '{', and quote lines that contain ': '.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Problem(1, "the file is not a mapping of keys.", "start with 'id: <file name>' (see dialogs/scenarios/README.md).");
            return null;
        }

        CheckKeys(root, TopKeys);
        var id = Text(root, "id");
        if (id.Length > 0 && id != Path.GetFileNameWithoutExtension(file))
        {
            Problem(Line(root, "id"), $"id '{id}' does not match the file name.", $"rename the file to {id}.yaml or set id: {Path.GetFileNameWithoutExtension(file)}.");
        }

        var roles = List(root, "roles");
        foreach (var role in roles.Where(r => !KnownRoles.Contains(r)))
        {
            Problem(Line(root, "roles"), $"unknown role '{role}'.", "use " + string.Join(", ", KnownRoles) + ".");
        }

        var frameworks = List(root, "frameworks");
        foreach (var key in frameworks.Where(k => !FrameworkKeys.IsKnown(k)))
        {
            Problem(Line(root, "frameworks"), $"unknown framework key '{key}'.", "use a key from the framework key index in frameworks.md.");
        }

        var rubric = new List<RubricItem>();
        foreach (var key in List(root, "rubric"))
        {
            if (RubricItems.Parse(key) is { } item) rubric.Add(item);
            else Problem(Line(root, "rubric"), $"unknown rubric item '{key}'.", "use " + string.Join(", ", RubricItems.All.Select(a => a.Key)) + ".");
        }

        var personas = new List<Persona>();
        if (root.Children.TryGetValue(new YamlScalarNode("personas"), out var node) && node is YamlSequenceNode sequence && sequence.Children.Count > 0)
        {
            personas.AddRange(sequence.Children.OfType<YamlMappingNode>().Select(ParsePersona).OfType<Persona>());
        }
        else
        {
            Problem(Line(root, "personas"), "no personas.", "add at least one persona under 'personas:'.");
        }

        var scenario = new Scenario(id, Text(root, "title"), roles, frameworks, Text(root, "context"), List(root, "objectives"), rubric, personas);
        return _problems.Count == 0 ? scenario : null;
    }

    private Persona? ParsePersona(YamlMappingNode node)
    {
        CheckKeys(node, PersonaKeys);
        var emotion = Text(node, "emotion");
        if (!Emotions.Contains(emotion))
        {
            Problem(Line(node, "emotion"), $"unknown emotion '{emotion}'.", "use " + string.Join(", ", Emotions) + ".");
        }

        var intensityText = Text(node, "intensity");
        if (!int.TryParse(intensityText, out var intensity) || intensity is < 1 or > 3)
        {
            Problem(Line(node, "intensity"), $"intensity '{intensityText}' is not 1, 2 or 3.", "set intensity: 1 (mild), 2 (strong) or 3 (overwhelming).");
        }

        var calmedBy = Skills(node, List(node, "calmed_by"), "calmed_by");
        if (calmedBy.Count == 0)
        {
            Problem(Line(node, "calmed_by"), "calmed_by is empty: the emotion could never settle.", "list NURSE skills, e.g. calmed_by: [nurse_name, nurse_understand].");
        }

        var triggers = new Dictionary<Skill, string>();
        foreach (var (key, value) in Map(node, "triggers"))
        {
            if (SkillKeys.Parse(key) is { } skill) triggers[skill] = value;
            else Problem(Line(node, "triggers"), $"unknown trigger skill '{key}'.", "use a skill key listed in dialogs/scenarios/README.md.");
        }

        var lines = new Dictionary<LineKind, IReadOnlyList<string>>();
        if (node.Children.TryGetValue(new YamlScalarNode("lines"), out var linesNode) && linesNode is YamlMappingNode linesMap)
        {
            foreach (var (keyNode, valueNode) in linesMap.Children)
            {
                var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                if (!Enum.TryParse<LineKind>(key.Replace("_", string.Empty), ignoreCase: true, out var kind))
                {
                    Problem((int)keyNode.Start.Line, $"unknown line kind '{key}'.", "use " + string.Join(", ", Enum.GetNames<LineKind>().Select(Snake)) + ".");
                    continue;
                }

                lines[kind] = valueNode switch
                {
                    YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => [s.Value],
                    YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).Where(v => v.Length > 0)],
                    _ => [],
                };
            }
        }

        foreach (var missing in RequiredLines.Where(k => !lines.ContainsKey(k) || lines[k].Count == 0))
        {
            Problem(Line(node, "lines"), $"persona '{Text(node, "id")}' has no '{Snake(missing.ToString())}' line.", $"add '{Snake(missing.ToString())}:' under lines.");
        }

        return new Persona(Text(node, "id"), Text(node, "name"), Text(node, "role"), Text(node, "knows"), Text(node, "fears"), Text(node, "hopes"),
            emotion, intensity, calmedBy, triggers, lines);
    }

    private HashSet<Skill> Skills(YamlMappingNode node, IReadOnlyList<string> keys, string field)
    {
        var skills = new HashSet<Skill>();
        foreach (var key in keys)
        {
            if (SkillKeys.Parse(key) is { } skill) skills.Add(skill);
            else Problem(Line(node, field), $"unknown skill '{key}' in {field}.", "use a skill key listed in dialogs/scenarios/README.md.");
        }

        return skills;
    }

    private void CheckKeys(YamlMappingNode node, string[] allowed)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>().Where(k => !allowed.Contains(k.Value)))
        {
            Problem((int)key.Start.Line, $"unknown key '{key.Value}'.", "allowed here: " + string.Join(", ", allowed) + ".");
        }
    }

    private string Text(YamlMappingNode node, string key)
    {
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text.Trim();
        }

        Problem(Line(node, key), $"'{key}' is missing or empty.", $"add '{key}: ...'.");
        return string.Empty;
    }

    private List<string> List(YamlMappingNode node, string key)
    {
        if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            return [.. sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty).Trim())];
        }

        Problem(Line(node, key), $"'{key}' is missing or not a list.", $"write '{key}: [a, b]'.");
        return [];
    }

    private static IEnumerable<(string Key, string Value)> Map(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlMappingNode map
            ? map.Children.Select(p => (((YamlScalarNode)p.Key).Value ?? string.Empty, (p.Value as YamlScalarNode)?.Value ?? string.Empty))
            : [];

    private static int Line(YamlMappingNode node, string key) =>
        (int)(node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key)?.Start.Line ?? node.Start.Line);

    private static string Snake(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private void Problem(int line, string message, string fix) => _problems.Add(new ScenarioProblem(file, line, message, fix));
}
