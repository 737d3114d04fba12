using System.Collections.Frozen;
using System.Text;

namespace CpcCoach.Bot.Dialogs;

/// <summary>A flow's answers by slot name (names come from the flow file). A choice also keeps its title in "&lt;slot&gt;_title".</summary>
internal static class Slots
{
    public static readonly IReadOnlyDictionary<string, string> Empty = FrozenDictionary<string, string>.Empty;

    public static bool Filled(IReadOnlyDictionary<string, string> slots, string name) =>
        slots.TryGetValue(name, out var value) && value.Length > 0;

    /// <summary>A copy with <paramref name="changes"/> applied; an empty value removes the slot.</summary>
    public static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> slots, IEnumerable<KeyValuePair<string, string>> changes)
    {
        var copy = new Dictionary<string, string>(slots, StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (value.Length == 0)
            {
                copy.Remove(key);
            }
            else
            {
                copy[key] = value;
            }
        }

        return copy;
    }

    /// <summary>Fills <c>{slot}</c> placeholders; unknown names render empty so a typo shows as a gap, not a crash.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> slots)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i + 1) : -1;
            if (close > i + 1 && template.AsSpan(i + 1, close - i - 1).IndexOfAny(' ', '{') < 0)
            {
                builder.Append(slots.GetValueOrDefault(template[(i + 1)..close]) ?? string.Empty);
                i = close;
            }
            else
            {
                builder.Append(template[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Options an action computed, stored as "value=Title|value=Title".</summary>
    public static IReadOnlyList<ChoiceOption> Options(string encoded) =>
        [.. encoded.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split('=', 2)).Select(p => new ChoiceOption(p[0], p.Length > 1 ? p[1] : p[0], []))];

    public static string EncodeOptions(IEnumerable<(string Value, string Title)> options) =>
        string.Join('|', options.Select(o => $"{o.Value}={o.Title.Replace('|', '/')}"));
}
