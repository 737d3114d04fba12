using CpcCoach.Knowledge.Yaml;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Reads one flow file into a <see cref="FlowDefinition"/>, keeping line numbers so every problem can name
/// the line. The step kind is the one kind key a step has (say, ask, choose, confirm, branch, action, begin, end).
/// </summary>
internal static class FlowParser
{
    private static readonly string[] Kinds = ["say", "ask", "choose", "confirm", "branch", "action", "begin", "end"];

    private static readonly HashSet<string> StepKeys = new(StringComparer.Ordinal)
    {
        "id", "say", "ask", "choose", "confirm", "branch", "action", "begin", "end", "next", "save", "retry",
        "options", "options_from", "cases", "default", "min_words", "optional", "on_question", "pass", "feedback",
    };

    public static FlowDefinition? Parse(string file, string text, List<FlowProblem> problems)
    {
        var yaml = new YamlStream();
        try
        {
            // Through the guard: YamlDotNet's scanner crashes on an unclosed '[' or '{', and that is the author's to fix.
            yaml.Load(new ScannerGuard(new Parser(new StringReader(text))));
        }
        catch (YamlException ex)
        {
            problems.Add(new(file, (int)ex.Start.Line, $"This is not valid YAML ({(ex.InnerException is YamlException inner ? inner.Message : ex.Message)}).", "Check indentation and quotes on that line."));
            return null;
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(new(file, 1, "The file has no flow.", "Start with 'id:', 'version:', 'title:' and 'steps:'."));
            return null;
        }

        var id = Scalar(root, "id");
        var title = Scalar(root, "title");
        var versionText = Scalar(root, "version");
        if (id is null || title is null)
        {
            problems.Add(new(file, Line(root), "The flow needs an 'id' and a 'title'.", "Add 'id: <name>' and 'title: <shown to users>' at the top."));
        }

        if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            problems.Add(new(file, Line(root), "The flow needs a whole-number 'version' of 1 or more.", "Add 'version: 1', and raise it when you change steps."));
        }

        if (Child(root, "steps") is not YamlSequenceNode stepNodes || stepNodes.Children.Count == 0)
        {
            problems.Add(new(file, Line(root), "The flow has no 'steps' list.", "Add 'steps:' with at least one step and an 'end' step."));
            return null;
        }

        var steps = new List<Step>();
        foreach (var node in stepNodes.Children)
        {
            if (ParseStep(file, node, problems) is { } step)
            {
                steps.Add(step);
            }
        }

        return id is null || title is null || steps.Count == 0 ? null : new FlowDefinition(id, Math.Max(version, 1), title, file, steps);
    }

    private static Step? ParseStep(string file, YamlNode node, List<FlowProblem> problems)
    {
        var line = Line(node);
        if (node is not YamlMappingNode map)
        {
            problems.Add(new(file, line, "A step must be a set of 'key: value' lines.", "Write the step as '- id: <name>' followed by its kind, e.g. 'say: ...'."));
            return null;
        }

        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Where(k => !StepKeys.Contains(k.Value ?? string.Empty)))
        {
            problems.Add(new(file, Line(key), $"Unknown key '{key.Value}'.", $"Use only: {string.Join(", ", StepKeys.Order(StringComparer.Ordinal))}."));
        }

        var kinds = Kinds.Where(k => Child(map, k) is not null).ToList();
        var id = Scalar(map, "id");
        if (id is null || kinds.Count != 1)
        {
            problems.Add(new(file, line, id is null ? "This step has no 'id'." : $"Step '{id}' must have exactly one kind key, but has {(kinds.Count == 0 ? "none" : string.Join(" and ", kinds))}.",
                $"Give each step 'id: <unique name>' and one of: {string.Join(", ", Kinds)}."));
            return null;
        }

        var text = Scalar(map, kinds[0]) ?? string.Empty;
        var retry = Scalar(map, "retry") ?? string.Empty;
        var save = Scalar(map, "save") ?? id;
        var onQuestion = Enum.TryParse<QuestionPolicy>(Scalar(map, "on_question"), ignoreCase: true, out var policy)
            ? policy
            : kinds[0] == "ask" ? QuestionPolicy.Answer : QuestionPolicy.Interrupt;
        Step step = kinds[0] switch
        {
            "say" => new SayStep(id, line, text),
            "ask" => new AskStep(id, line, text, retry, save, onQuestion, int.TryParse(Scalar(map, "min_words"), CultureInfo.InvariantCulture, out var words) ? words : 1, Flag(map, "optional")),
            "choose" => new ChooseStep(id, line, text, retry, save, onQuestion, Options(map), Scalar(map, "options_from")),
            "confirm" => new ConfirmStep(id, line, text, retry, save, onQuestion),
            "branch" => new BranchStep(id, line, text, Cases(map), Scalar(map, "default")),
            "action" => new ActionStep(id, line, text),
            "begin" => new BeginStep(id, line, text, List(map, "pass"), Scalar(map, "save")),
            _ => new EndStep(id, line, text is "" or "~" or "null" ? null : text, Flag(map, "feedback")),
        };
        return step with { Next = Scalar(map, "next") };
    }

    private static List<ChoiceOption> Options(YamlMappingNode map) =>
        Child(map, "options") is YamlSequenceNode list
            ? [.. list.Children.Select(o => o switch
            {
                YamlScalarNode s => new ChoiceOption(s.Value ?? string.Empty, s.Value ?? string.Empty, []),
                YamlMappingNode m => new ChoiceOption(
                    Scalar(m, "value") ?? Scalar(m, "title") ?? string.Empty,
                    Scalar(m, "title") ?? Scalar(m, "value") ?? string.Empty,
                    List(m, "also")),
                _ => new ChoiceOption(string.Empty, string.Empty, []),
            })]
            : [];

    private static Dictionary<string, string> Cases(YamlMappingNode map) =>
        Child(map, "cases") is YamlMappingNode cases
            ? cases.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? string.Empty, p => (p.Value as YamlScalarNode)?.Value ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            : new(StringComparer.OrdinalIgnoreCase);

    private static List<string> List(YamlMappingNode map, string key) => Child(map, key) switch
    {
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
        YamlScalarNode s when !string.IsNullOrEmpty(s.Value) => [s.Value],
        _ => [],
    };

    private static bool Flag(YamlMappingNode map, string key) => string.Equals(Scalar(map, key), "true", StringComparison.OrdinalIgnoreCase);

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    internal static int Line(YamlNode node) => (int)node.Start.Line;
}
