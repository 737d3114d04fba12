using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Finds person names from cues, not from capital letters alone: a title ("Mr.", "Dr"), a patient word ("pt",
/// "my patient"), a relative ("daughter", "his wife,"), "named"/"called", a common first name, or capitalised
/// words right before an identifier or an age ("Jane Roe, 67F"). Ordinary sentence starts, framework names and
/// acronyms stay because nothing cues them. Every other mention of a found name is removed too.
/// </summary>
internal static partial class NameFinder
{
    public const string Placeholder = "[name]";

    private static readonly FrozenSet<string> Titles = Set("mr mrs ms miss mx dr prof");

    private static readonly FrozenSet<string> StrongCues = Set("named called");

    private static readonly FrozenSet<string> PersonCues = Set("""
        pt pts patient resident client daughter son wife husband mother mom mum father dad sister brother niece
        nephew grandson granddaughter grandma grandpa grandmother grandfather partner spouse fiance fiancee aunt
        uncle cousin friend neighbor neighbour caregiver boyfriend girlfriend stepdaughter stepson
        """);

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(
        @"\G\s*[,(]?\s*(?:\[(?:MRN|ID|date of birth|SSN|account|phone)\]|\d{1,3}\s*(?:yo|y/?o|y\.o\.|yrs?|years?|[MF])\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IdentifierAfter();

    [GeneratedRegex(@"\G\s*[,(]\s*\[(?:MRN|ID|date of birth|SSN|account)\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PlaceholderAfter();

    /// <summary>Replaces every name found with <see cref="Placeholder"/>; returns the input when none.</summary>
    public static string Redact(string text, out bool found)
    {
        var words = Tokenize(text);
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < words.Count; i++)
        {
            var taken = CuedName(text, words, i) ?? FamilyName(words, i) ?? LexiconName(text, words, i) ?? NameBeforeIdentifier(text, words, i);
            if (taken is { } t)
            {
                spans.Add((words[t.First].Start, words[t.Last].Start + words[t.Last].Base.Length));
                i = t.Last;
            }
        }

        found = spans.Count > 0;
        return found ? Replace(text, Propagate(words, spans)) : text;
    }

    private static (int First, int Last)? CuedName(string text, List<Token> words, int i)
    {
        if (i + 1 >= words.Count)
        {
            return null;
        }

        var cue = words[i].Base.ToLowerInvariant();
        var gap = text.AsSpan(words[i].End, words[i + 1].Start - words[i].End);
        var isTitle = Titles.Contains(cue) && words[i].Text.Length == cue.Length;
        var strong = StrongCues.Contains(cue) || IsPhraseCue(words, i, cue);
        var person = PersonCues.Contains(cue);
        if (!(isTitle || strong || person) || !CueGap(gap, allowPeriod: isTitle || cue == "pt"))
        {
            return null;
        }

        // "pt is Hamish ...", "sister is Adaeze": only a capitalised word counts after the verb.
        if (person && words[i + 1].Text is "is" or "was" && i + 2 < words.Count && words[i + 2].IsCapitalised
            && !NameLexicon.IsNotName(words[i + 2].Base) && SingleSpace(text, words[i + 1], words[i + 2]))
        {
            return (i + 2, Continue(text, words, i + 2, lowercase: false));
        }

        var first = words[i + 1];
        var titleShaped = isTitle && (gap.StartsWith(".") || char.IsUpper(words[i].Text[0]));
        var accept = first.IsCapitalised
            ? !NameLexicon.IsNotName(first.Base)
            : NameLexicon.IsFirstName(first.Base) || ((strong || titleShaped) && !NameLexicon.IsNotName(first.Base) && first.Base.Length > 1);
        return accept ? (i + 1, Continue(text, words, i + 1, lowercase: !first.IsCapitalised)) : null;
    }

    private static bool IsPhraseCue(List<Token> words, int i, string cue) =>
        i > 0 && (words[i - 1].Text.ToLowerInvariant(), cue) is ("name", "is") or ("goes", "by") or ("known", "as")
        || cue == "name's";

    /// <summary>"the Hollingsworth-Ngata family": a surname between "the" and "family".</summary>
    private static (int First, int Last)? FamilyName(List<Token> words, int i)
    {
        if (!words[i].Text.Equals("the", StringComparison.OrdinalIgnoreCase) || i + 2 >= words.Count || !IsCandidate(words[i + 1]))
        {
            return null;
        }

        var last = i + 2 < words.Count && IsCandidate(words[i + 2]) ? i + 2 : i + 1;
        return last + 1 < words.Count && words[last + 1].Base.Equals("family", StringComparison.OrdinalIgnoreCase) ? (i + 1, last) : null;
    }

    private static (int First, int Last)? LexiconName(string text, List<Token> words, int i) =>
        words[i].IsCapitalised && NameLexicon.IsFirstName(words[i].Base) ? (i, Continue(text, words, i, lowercase: false)) : null;

    private static (int First, int Last)? NameBeforeIdentifier(string text, List<Token> words, int i)
    {
        var last = i;
        while (last < words.Count && last - i < 3 && IsCandidate(words[last]) && (last == i || SingleSpace(text, words[last - 1], words[last])))
        {
            last++;
        }

        last--;
        if (last < i)
        {
            return null;
        }

        // Two capitalised words before an age or identifier ("Jane Roe, 67F"); one is enough before "([MRN])".
        return (last > i && IdentifierAfter().IsMatch(text, words[last].End)) || PlaceholderAfter().IsMatch(text, words[last].End) ? (i, last) : null;
    }

    /// <summary>Extends a name over a middle initial and up to two surname words.</summary>
    private static int Continue(string text, List<Token> words, int first, bool lowercase)
    {
        var last = first;
        for (var j = first + 1; j < words.Count && j <= first + 3; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            var initial = words[j - 1].Text.Length == 1 && gap is ". ";
            if (!(gap is " " || initial))
            {
                break;
            }

            var w = words[j];
            var ok = w.Text.Length == 1 && char.IsUpper(w.Text[0])
                ? j + 1 < words.Count && text.AsSpan(w.End).StartsWith(". ")
                : IsCandidate(w) || (lowercase && !w.IsCapitalised && !NameLexicon.IsNotName(w.Base) && EndsName(text, w.End));
            if (!ok)
            {
                break;
            }

            last = j;
        }

        return last;
    }

    private static bool IsCandidate(Token w) => w.IsCapitalised && w.Text.Length > 1 && !NameLexicon.IsNotName(w.Base);

    // A lowercase surname is only trusted when punctuation, a number or the end follows it ("pt john smith, 67").
    private static bool EndsName(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        return rest.IsEmpty || rest[0] is ',' or '(' or '.' or ';' || char.IsDigit(rest[0]);
    }

    private static bool CueGap(ReadOnlySpan<char> gap, bool allowPeriod) =>
        gap is " " or ", " or ": " || (allowPeriod && gap is ". " or ".");

    private static bool SingleSpace(string text, Token a, Token b) => b.Start - a.End == 1 && text[a.End] == ' ';

    private static List<(int Start, int End)> Propagate(List<Token> words, List<(int Start, int End)> spans)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words)
        {
            if (w.Base.Length > 2 && spans.Exists(s => w.Start >= s.Start && w.End <= s.End))
            {
                names.Add(w.Base);
            }
        }

        foreach (var w in words)
        {
            if (names.Contains(w.Base) && !spans.Exists(s => w.Start < s.End && w.End > s.Start))
            {
                spans.Add((w.Start, w.Start + w.Base.Length));
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static string Replace(string text, List<(int Start, int End)> spans)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            sb.Append(text, at, start - at).Append(Placeholder);
            at = end;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static List<Token> Tokenize(string text)
    {
        var words = new List<Token>();
        foreach (var m in Word().EnumerateMatches(text))
        {
            words.Add(new Token(text.Substring(m.Index, m.Length), m.Index));
        }

        return words;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private sealed record Token(string Text, int Start)
    {
        public int End => Start + Text.Length;

        /// <summary>The word without a possessive "'s", which stays in the text: "Maria's" becomes "[name]'s".</summary>
        public string Base { get; } = Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Text.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? Text[..^2] : Text;

        /// <summary>
        /// "Maria", "McDonald", "O'Brien", "Fenwick-Oduya": each part a capital, then lowercase. ALLCAPS acronyms (ICU,
        /// SPIKES) and compounds like "Spanish-speaking" are not.
        /// </summary>
        public bool IsCapitalised { get; } = Text.Split('-').All(p => p.Length > 1 && char.IsUpper(p[0]) && p.Skip(1).Any(char.IsLower));
    }
}
