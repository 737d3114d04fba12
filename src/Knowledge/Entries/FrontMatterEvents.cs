using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CpcCoach.Knowledge.Entries;

/// <summary>
/// YamlDotNet's parser events for one front matter, with the checks the reflection deserializer used to make while
/// reading: one document only, and no alias before its anchor (YamlStream would accept that, or blame line 1).
/// It also turns a crash inside YamlDotNet's scanner (an InvalidOperationException on an unclosed '[' followed by
/// another key) into a YamlException at the last position read, so the file and line still reach the author.
/// </summary>
internal sealed class FrontMatterEvents(IParser parser) : IParser
{
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
    private Mark _last = Mark.Empty;
    private int _documents;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        try
        {
            if (!parser.MoveNext())
            {
                return false;
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new YamlException(_last, _last, "reading stopped here; look for an unclosed '[' or '{'", ex);
        }

        var current = parser.Current!;
        _last = current.Start;
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
