using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Safety;

/// <summary>
/// Removes patient identifiers (HIPAA Safe Harbor categories that appear in chat: names, record and account
/// numbers, dates, phone/fax, email, street address and ZIP, SSN, URLs, IPs) before any other component sees the
/// text. Deterministic and allocation-light: a clean message passes every pattern without being copied.
/// Choices and known limits are in Safety/README.md.
/// </summary>
public sealed class PhiRedactor
{
    // Order matters: containers first (a URL or email holds digits and names), labelled numbers before bare
    // ones, names last so the name rules can use the placeholders as cues ("Jane Roe ([MRN])").
    private static readonly PhiRule[] Rules =
    [
        new("url", PhiPatterns.Url(), KeepTrailingPunctuation),
        new("email", PhiPatterns.Email(), static (_, _) => "[email]"),
        new("ip", PhiPatterns.IpAddress(), static (_, _) => "[IP]"),
        new("ssn", PhiPatterns.Ssn(), static (_, _) => "[SSN]"),
        new("dob", PhiPatterns.DateOfBirth(), static (_, _) => "[date of birth]"),
        new("mrn", PhiPatterns.MedicalRecordNumber(), static (_, _) => "[MRN]"),
        new("account", PhiPatterns.AccountNumber(), static (_, _) => "[account]"),
        new("phone", PhiPatterns.Phone(), static (_, _) => "[phone]"),
        new("date", PhiPatterns.NumericDate(), DateRules.Numeric),
        new("date", PhiPatterns.NamedDate(), DateRules.Named),
        new("address", PhiPatterns.StreetAddress(), static (_, _) => "[address]"),
        new("address", PhiPatterns.CityStateZip(), static (_, _) => "[address]"),
        new("mrn", PhiPatterns.LongNumber(), static (m, _) => m.Value.Count(char.IsAsciiDigit) >= 7 ? "[ID]" : null),
    ];

    /// <summary>Replaces each identifier with a neutral placeholder such as "[name]" or "[MRN]".</summary>
    public Redaction Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string>? kinds = null;
        var current = text;
        foreach (var rule in Rules)
        {
            if (!rule.Pattern.IsMatch(current))
            {
                continue;
            }

            var replaced = false;
            var input = current;
            current = rule.Pattern.Replace(input, m =>
            {
                if (rule.Replace(m, input) is { } placeholder)
                {
                    replaced = true;
                    return placeholder;
                }

                return m.Value;
            });
            if (replaced)
            {
                AddKind(ref kinds, rule.Kind);
            }
        }

        current = NameFinder.Redact(current, out var names);
        if (names)
        {
            AddKind(ref kinds, "name");
        }

        return new Redaction(current, kinds ?? (IReadOnlyList<string>)[]);
    }

    private static void AddKind(ref List<string>? kinds, string kind)
    {
        kinds ??= [];
        if (!kinds.Contains(kind))
        {
            kinds.Add(kind);
        }
    }

    private static string KeepTrailingPunctuation(Match m, string text)
    {
        var trimmed = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', '\'');
        return string.Concat("[URL]", m.Value.AsSpan(trimmed.Length));
    }

    /// <summary>One identifier pattern; <see cref="Replace"/> returns the placeholder, or null to keep a look-alike.</summary>
    private sealed record PhiRule(string Kind, Regex Pattern, Func<Match, string, string?> Replace);
}
