using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// Learners type in Teams the way people text: "u", "ur", "dont", "whats". The phrase rules are written for spelled-out
/// English, so a typed turn is spelled out first. Only lower-case or capitalised words are touched, so an abbreviation
/// in capitals ("IM") keeps its meaning.
/// </summary>
internal static partial class TypedText
{
    private static readonly FrozenDictionary<string, string> Spelled = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "you", ["ur"] = "your",
        ["dont"] = "don't", ["cant"] = "can't", ["didnt"] = "didn't", ["doesnt"] = "doesn't", ["isnt"] = "isn't",
        ["wasnt"] = "wasn't", ["arent"] = "aren't", ["wouldnt"] = "wouldn't", ["couldnt"] = "couldn't",
        ["shouldnt"] = "shouldn't", ["havent"] = "haven't", ["hasnt"] = "hasn't",
        ["im"] = "I'm", ["ive"] = "I've", ["youre"] = "you're", ["youve"] = "you've", ["youll"] = "you'll",
        ["whats"] = "what's", ["thats"] = "that's", ["theres"] = "there's", ["hes"] = "he's", ["shes"] = "she's",
        ["tmrw"] = "tomorrow", ["pls"] = "please",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Spell(string text) => Word().Replace(text, m => Spelled.GetValueOrDefault(m.Value, m.Value));

    [GeneratedRegex(@"\b[A-Za-z][a-z]*\b")]
    private static partial Regex Word();
}
