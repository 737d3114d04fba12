using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CpcCoach.Knowledge.Entries;

/// <summary>The YAML front matter as written; unknown keys are rejected so a typo cannot silently drop data.</summary>
internal sealed class FrontMatter
{
    private const string StrTag = "tag:yaml.org,2002:str";

    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public List<string>? Frameworks { get; set; }
    public List<string>? Roles { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? Synonyms { get; set; }
    public List<string>? Related { get; set; }
    public List<string>? Sources { get; set; }

    /// <summary>
    /// Reads the text between the '---' lines through the YAML node model, not a reflection deserializer, so it
    /// survives trimming and Native AOT. Every problem is a <see cref="YamlException"/> at the node it is about,
    /// including a repeated key (YamlStream rejects it; the deserializer used to keep the last one silently).
    /// </summary>
    public static FrontMatter Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new FrontMatterEvents(new Parser(new StringReader(yaml))));
        var front = new FrontMatter();
        var root = stream.Documents.Count == 0 ? null : Untagged(stream.Documents[0].RootNode);
        if (root is null || IsNull(root))
        {
            return front;
        }

        if (root is not YamlMappingNode map)
        {
            throw Problem(root, "the front matter must be 'key: value' lines");
        }

        foreach (var (keyNode, value) in map.Children)
        {
            // A tag on a key was ignored before ('! id: x' read as id), so it still is.
            var key = keyNode is YamlScalarNode scalar ? scalar.Value : throw Problem(keyNode, "a key must be a single word");
            switch (key)
            {
                case "id": front.Id = Scalar(key, value); break;
                case "title": front.Title = Scalar(key, value); break;
                case "kind": front.Kind = Scalar(key, value); break;
                case "frameworks": front.Frameworks = List(key, value); break;
                case "roles": front.Roles = List(key, value); break;
                case "tags": front.Tags = List(key, value); break;
                case "synonyms": front.Synonyms = List(key, value); break;
                case "related": front.Related = List(key, value); break;
                case "sources": front.Sources = List(key, value); break;
                default: throw Problem(keyNode, $"unknown key '{key}'");
            }
        }

        return front;
    }

    private static string? Scalar(string key, YamlNode node) => Untagged(node) switch
    {
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        _ => throw Problem(node, $"'{key}' must be a single value, not {(node is YamlSequenceNode ? "a list" : "nested keys")}"),
    };

    private static List<string>? List(string key, YamlNode node) => Untagged(node) switch
    {
        // A null item ('- ~', or '-' alone) is left out: the entry drops empty items anyway.
        YamlSequenceNode list => [.. list.Children.Select(item => Item(key, item)).OfType<string>()],
        _ when IsNull(node) => null,
        _ => throw Problem(node, $"'{key}' must be a list, like [a, b]"),
    };

    private static string? Item(string key, YamlNode item) => Untagged(item) is YamlScalarNode scalar
        ? (IsNull(scalar) ? null : scalar.Value)
        : throw Problem(item, $"each item of '{key}' must be a single value");

    // YAML's plain null spellings; a quoted "" or "null" stays text.
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    // The reflection deserializer turned a tagged value into something else ('!!bool yes' became "True") or failed;
    // front matter is plain text, so only !!str is accepted.
    private static YamlNode Untagged(YamlNode node) =>
        node.Tag.IsEmpty || (node is YamlScalarNode && node.Tag.Value == StrTag)
            ? node
            : throw Problem(node, $"the tag '{node.Tag.Value.Replace("tag:yaml.org,2002:", "!!", StringComparison.Ordinal)}' is not supported");

    private static YamlException Problem(YamlNode node, string message) => new(node.Start, node.End, message);
}
