using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CpcCoach.Knowledge.Yaml;

/// <summary>
/// YamlDotNet's parser events, with a crash inside its scanner (an InvalidOperationException on an unclosed '[' or
/// '{' followed by another key) turned into a YamlException at the last position read, so a content file's problem
/// still names its line instead of escaping as a bug. Used for every YAML file an author can edit: entries, scenarios
/// and dialog flows (src/Bot/Dialogs/FlowParser.cs).
/// </summary>
public sealed class ScannerGuard(IParser parser) : IParser
{
    private Mark _last = Mark.Empty;

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

        _last = parser.Current!.Start;
        return true;
    }
}
