using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Safety;

namespace CpcCoach.Bot.Usage;

/// <summary>
/// The last gate before the store: only short keys and topic terms get through, never free text. Whatever
/// filled <see cref="Turns.TurnFacts"/>, a value that is not shaped like a key is dropped, and each gap term
/// must survive the identifier check again (a term the redactor would change is dropped whole).
/// </summary>
public sealed partial class UsageSanitizer(PhiRedactor redactor)
{
    private const int MaxItems = 10;

    /// <summary>A key: intent, framework, entry id, flow, role. Lower-case, no spaces, no digit runs that could be an MRN.</summary>
    public static string? Key(string? value, IReadOnlySet<string>? identifiers = null) =>
        value is { Length: > 0 and <= 64 } && KeyShape().IsMatch(value) && !DigitRun().IsMatch(value)
        && (identifiers is null || !Words(value).Any(identifiers.Contains)) ? value : null;

    /// <summary>
    /// Words the redactor removes from this turn's inbound text, lower-cased. With the whole message it has the
    /// context (a title, "pt", an MRN nearby) that a lone term lacks; any key or term holding one is dropped.
    /// </summary>
    public IReadOnlySet<string> IdentifierWords(string? inbound)
    {
        if (string.IsNullOrEmpty(inbound))
        {
            return new HashSet<string>();
        }

        var redacted = redactor.Redact(inbound);
        if (redacted.Kinds.Count == 0)
        {
            return new HashSet<string>();
        }

        var kept = Words(redacted.Text).ToHashSet(StringComparer.Ordinal);
        return Words(inbound).Where(w => !kept.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    public static string? OneOf(string? value, params string[] allowed) =>
        value is not null && allowed.Contains(value, StringComparer.Ordinal) ? value : null;

    public static IReadOnlyList<string> Keys(IReadOnlyList<string> values, IReadOnlySet<string>? identifiers = null) =>
        [.. values.Select(v => Key(v, identifiers)).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxItems)];

    /// <summary>
    /// Topic terms: letters, spaces and hyphens only, short, unchanged by the identifier check, and made only of words
    /// that the redacted message itself contains. The usage middleware runs after redaction, so a word the redactor
    /// replaced (a name turned into "[name]") is absent from <paramref name="redactedMessage"/> and its term is dropped.
    /// </summary>
    public IReadOnlyList<string> GapTerms(IReadOnlyList<string> terms, IReadOnlySet<string>? identifiers = null, string? redactedMessage = null)
    {
        var allowed = redactedMessage is null ? null : Words(redactedMessage).ToHashSet(StringComparer.Ordinal);
        return [.. terms.Select(t => Term(t, identifiers, allowed)).OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxItems)];
    }

    private string? Term(string term, IReadOnlySet<string>? identifiers, IReadOnlySet<string>? allowed)
    {
        var normalized = string.Join(' ', term.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (normalized.Length is < 2 or > 40 || !TermShape().IsMatch(normalized)
            || (identifiers is not null && Words(normalized).Any(identifiers.Contains))
            || (allowed is not null && !Words(normalized).All(allowed.Contains)))
        {
            return null;
        }

        // The redactor finds names from cues and a first-name lexicon that expects capitals, so it sees the term as
        // written, lower-cased and title-cased. A placeholder such as "[name]" already fails the shape check.
        foreach (var form in new[] { term.Trim(), normalized, TitleCase(normalized) })
        {
            if (redactor.Redact(form).Kinds.Count > 0)
            {
                return null;
            }
        }

        return normalized;
    }

    private static string TitleCase(string value) =>
        string.Join(' ', value.Split(' ').Select(word => word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1))));

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("^[a-z][a-z0-9_.-]*$")]
    private static partial Regex KeyShape();

    [GeneratedRegex("[0-9]{4,}")]
    private static partial Regex DigitRun();

    [GeneratedRegex("^[a-z][a-z' -]*[a-z]$")]
    private static partial Regex TermShape();
}
