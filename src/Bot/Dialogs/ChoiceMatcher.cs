using System.Runtime.CompilerServices;

namespace CpcCoach.Bot.Dialogs;

/// <summary>
/// Matches a typed answer to one option: its number, an exact title/value/synonym, a whole-phrase mention,
/// then word-level similarity that forgives typos ("famly meting"). Ambiguous answers match nothing, so the
/// prompt asks again rather than guess.
/// </summary>
internal static class ChoiceMatcher
{
    private const double MinSimilarity = 0.75;
    private const double MinLead = 0.08;

    /// <summary>Options come from flow definitions that live as long as the app: their normalized names are worked out once.</summary>
    private static readonly ConditionalWeakTable<ChoiceOption, OptionNames> Known = [];

    public static ChoiceOption? Match(string text, IReadOnlyList<ChoiceOption> options)
    {
        var input = Normalize(text);
        if (input.Length == 0)
        {
            return null;
        }

        if (int.TryParse(input, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= options.Count)
        {
            return options[number - 1];
        }

        var exact = options.Where(o => Names(o).Contains(input)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var padded = $" {input} ";
        var mentioned = options.Where(o => Names(o).Any(n => n.Length >= 3 && padded.Contains($" {n} ", StringComparison.Ordinal))).ToList();
        if (mentioned.Count == 1)
        {
            return mentioned[0];
        }

        var words = input.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var scored = options
            .Select(o => (Option: o, Score: NamesOf(o).Words.Max(name => Similarity(words, name))))
            .OrderByDescending(s => s.Score)
            .ToList();
        return scored[0].Score >= MinSimilarity && (scored.Count == 1 || scored[0].Score - scored[1].Score >= MinLead) ? scored[0].Option : null;
    }

    /// <summary>Only a number or a whole title/value/synonym: used to tell a typed question from an answer.</summary>
    public static ChoiceOption? MatchExact(string text, IReadOnlyList<ChoiceOption> options)
    {
        var input = Normalize(text);
        var exact = options.Where(o => Names(o).Contains(input)).ToList();
        return exact.Count == 1 ? exact[0] : null;
    }

    /// <summary>
    /// Lower case, letters and digits only, one space between words. One pass: the checks of a turn ("cancel"?
    /// "help"? a start word?) each normalise the same message, and text that is already normal comes back as it is.
    /// </summary>
    public static string Normalize(string text)
    {
        Span<char> buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var gap = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c))
            {
                gap = length > 0;
                continue;
            }

            if (gap)
            {
                buffer[length++] = ' ';
                gap = false;
            }

            buffer[length++] = c;
        }

        var normal = buffer[..length];
        return normal.SequenceEqual(text) ? text : new string(normal);
    }

    private static HashSet<string> Names(ChoiceOption option) => NamesOf(option).Names;

    private static OptionNames NamesOf(ChoiceOption option) => Known.GetValue(option, static o =>
    {
        HashSet<string> names = [.. new[] { o.Title, o.Value.Replace('_', ' ') }.Concat(o.Also).Select(Normalize).Where(n => n.Length > 0)];
        return new OptionNames(names, [.. names.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))]);
    });

    /// <summary>Both ways: every word of the option is found in the answer, and the answer is mostly about the option.</summary>
    private static double Similarity(string[] input, string[] name)
    {
        if (name.Length == 0 || input.Length == 0)
        {
            return 0;
        }

        var covered = name.Average(n => input.Max(i => WordSimilarity(i, n)));
        var focus = input.Average(i => name.Max(n => WordSimilarity(i, n)));
        return (2 * covered + focus) / 3;
    }

    private static double WordSimilarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }

        var distance = Levenshtein(a, b);
        return 1 - (double)distance / Math.Max(a.Length, b.Length);
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    private sealed record OptionNames(HashSet<string> Names, string[][] Words);
}
