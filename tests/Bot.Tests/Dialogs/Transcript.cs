using YamlDotNet.RepresentationModel;

namespace CpcCoach.Bot.Tests.Dialogs;

/// <summary>
/// A conversation written as data: what the user types or clicks, and fragments the bot's replies must
/// (or must not) contain. Format: tests/Bot.Tests/Dialogs/Transcripts/README.md.
/// </summary>
public sealed record Transcript(string Name, string Flow, TranscriptSeed? Seed, IReadOnlyList<TranscriptTurn> Turns)
{
    public static Transcript Load(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var turns = ((YamlSequenceNode)root["turns"]).Children.Cast<YamlMappingNode>().Select(Turn).ToList();
        TranscriptSeed? seed = root.Children.TryGetValue("seed", out var s) && s is YamlMappingNode m
            ? new TranscriptSeed(Str(m, "flow")!, int.Parse(Str(m, "version")!, System.Globalization.CultureInfo.InvariantCulture), Str(m, "step")!,
                m.Children.TryGetValue("slots", out var slots) ? ((YamlMappingNode)slots).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString()) : [])
            : null;
        return new Transcript(Path.GetFileNameWithoutExtension(path), Str(root, "flow")!, seed, turns);
    }

    private static TranscriptTurn Turn(YamlMappingNode node) => new(
        User: Str(node, "user"),
        Click: Str(node, "click"),
        Reclick: Str(node, "reclick"),
        Expect: List(node, "expect"),
        Not: List(node, "not"),
        Cards: Str(node, "cards") is { } c ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null,
        Flow: Str(node, "flow"),
        FlowEvent: Str(node, "flow_event"),
        Rating: Str(node, "rating"));

    private static string? Str(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value is YamlSequenceNode seq ? [.. seq.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty)] : [((YamlScalarNode)value).Value ?? string.Empty]
            : [];

    public override string ToString() => $"{Flow}/{Name}";
}

/// <summary>Conversation state to start from, as if a dialog were already mid-way (e.g. on an older flow version).</summary>
public sealed record TranscriptSeed(string Flow, int Version, string Step, IReadOnlyDictionary<string, string> Slots);

/// <summary>One user turn and what the bot's replies must show; Flow/FlowEvent/Rating check the turn's usage facts.</summary>
public sealed record TranscriptTurn(
    string? User, string? Click, string? Reclick, IReadOnlyList<string> Expect, IReadOnlyList<string> Not, int? Cards,
    string? Flow, string? FlowEvent, string? Rating);
