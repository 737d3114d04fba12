using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// The validated flows: the files embedded from dialogs/ (the repository folder), replaced by id by any file in
/// <see cref="DialogOptions.Folder"/>. Built once; a broken file throws <see cref="FlowFileException"/> at startup.
/// </summary>
public sealed class FlowLibrary
{
    private const string ResourcePrefix = "dialogs/";

    private readonly FrozenDictionary<string, FlowDefinition> _flows;

    public FlowLibrary(IOptions<DialogOptions> options, DialogActions actions)
        : this(Load(ReadFiles(options.Value.Folder), actions.Names))
    {
    }

    internal FlowLibrary(IReadOnlyList<FlowDefinition> flows) =>
        _flows = flows.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

    public IEnumerable<FlowDefinition> All => _flows.Values;

    public FlowDefinition? Find(string id) => _flows.GetValueOrDefault(id);

    /// <summary>Parses and validates; throws with every problem found.</summary>
    internal static IReadOnlyList<FlowDefinition> Load(IReadOnlyList<(string File, string Text)> files, IReadOnlySet<string> actionNames)
    {
        var problems = new List<FlowProblem>();
        var flows = files.Select(f => FlowParser.Parse(f.File, f.Text, problems)).OfType<FlowDefinition>().ToList();
        FlowValidator.Validate(flows, actionNames, problems);
        return problems.Count > 0 ? throw new FlowFileException(problems) : flows;
    }

    /// <summary>The embedded files, with override-folder files replacing embedded ones of the same name.</summary>
    internal static IReadOnlyList<(string File, string Text)> ReadFiles(string? folder)
    {
        var files = new Dictionary<string, (string File, string Text)>(StringComparer.Ordinal);
        var assembly = typeof(FlowLibrary).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            files[Path.GetFileName(name)] = (name, reader.ReadToEnd());
        }

        if (!string.IsNullOrWhiteSpace(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                files[Path.GetFileName(path)] = (path, File.ReadAllText(path));
            }
        }

        return [.. files.Values.OrderBy(f => f.File, StringComparer.Ordinal)];
    }
}
