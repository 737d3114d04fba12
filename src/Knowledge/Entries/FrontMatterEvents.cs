using CpcCoach.Knowledge.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CpcCoach.Knowledge.Entries;

/// <summary>
/// YamlDotNet's parser events for one front matter, with the checks the reflection deserializer used to make while
/// reading: one document only, and no alias before its anchor (YamlStream would accept that, or blame line 1).
/// It reads through a <see cref="ScannerGuard"/>, so a crash inside YamlDotNet's scanner (an unclosed '[' followed by
/// another key) is a YamlException too, and the file and line still reach the author.
/// </summary>
internal sealed class FrontMatterEvents(IParser parser) : IParser
{
    private readonly ScannerGuard _parser = new(parser);
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private int _documents;

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        if (!_parser.MoveNext())
        {
            return false;
        }

        var current = _parser.Current!;
        switch (current)
        {
            case DocumentStart when ++_documents > 1:
                throw new YamlException(current.Start, current.End, "the front matter holds a second YAML document");
            case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                throw new YamlException(current.Start, current.End, $"'*{alias.Value.Value}' comes before any '&{alias.Value.Value}'");
            case NodeEvent { Anchor.IsEmpty: false } node:
                _anchors.Add(node.Anchor.Value);
                break;
        }

        return true;
    }
}
