using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Validation;

/// <summary>The per-file rules; each adds a problem with the line to look at and what to write instead.</summary>
internal static partial class EntryRules
{
    public static void Check(EntryDocument document, HashSet<string> ids, List<ContentProblem> problems)
    {
        var entry = document.Entry;
        void Add(string lineKey, string message, string fix) => problems.Add(new(document.File, document.LineOf(lineKey), message, fix));

        if (!IdPattern().IsMatch(entry.Id))
        {
            Add("id", $"The id '{entry.Id}' is missing or not lower snake_case.", "Write 'id: some_words' using lower-case letters, digits and underscores.");
        }

        if (entry.Title.Length == 0)
        {
            Add("title", "The entry has no title.", "Add 'title: \"...\"' to the front matter: a short name a clinician would recognise.");
        }

        CheckFrameworks(entry, Add);
        foreach (var link in entry.Related.Where(r => !ids.Contains(r)))
        {
            Add("related", $"The cross-link '{link}' in related points to no entry.", "Use the id of an existing entry (a framework key or a moment file's id), or remove the link.");
        }

        if (entry.Sources.Count == 0)
        {
            Add("sources", "The entry has no citation.", "Add 'sources:' with the primary source first, as a full citation (authors, title, journal, year, doi).");
        }

        CheckSections(document, Add);
    }

    private static void CheckFrameworks(KnowledgeEntry entry, Action<string, string, string> add)
    {
        if (entry.Frameworks.Count == 0)
        {
            add("frameworks", "The entry is linked to no framework.", "Add 'frameworks: [key, ...]' with keys from shared/docs/frameworks.md, best first.");
        }

        foreach (var key in entry.Frameworks.Where(k => !FrameworkKeys.IsKnown(k)))
        {
            add("frameworks", $"'{key}' is not a framework key.", $"Use one of: {string.Join(", ", FrameworkKeys.All)}.");
        }

        if (entry.Kind == EntryKind.Framework && (entry.Frameworks.Count != 1 || entry.Frameworks[0] != entry.Id || !FrameworkKeys.IsKnown(entry.Id)))
        {
            add("frameworks", $"A framework entry's id must be its framework key and list only itself, but it is '{entry.Id}' with [{string.Join(", ", entry.Frameworks)}].",
                "Set 'id: <key>' and 'frameworks: [<key>]' with the same key from shared/docs/frameworks.md.");
        }
    }

    private static void CheckSections(EntryDocument document, Action<string, string, string> add)
    {
        var entry = document.Entry;
        foreach (var section in Sections.All.Where(s => !document.Lines.ContainsKey(Sections.LineKey(s))))
        {
            add("id", $"The section '## {section}' is missing.", $"Add a '## {section}' heading with its content (see Content/README.md for what goes in it).");
        }

        var framework = entry.Kind == EntryKind.Framework;
        Require(entry.Headline.Length > 0, Sections.Headline, "is empty", "Write one sentence: the single most useful tip.");
        Require(ContentValidator.WordCount(entry.Headline) <= ContentValidator.MaxHeadlineWords, Sections.Headline,
            $"is {ContentValidator.WordCount(entry.Headline)} words long", $"Shorten it to at most {ContentValidator.MaxHeadlineWords} words.");
        Require(entry.WhenToUse.Length > 0, Sections.WhenToUse, "is empty", "Describe the situations in 1 to 3 sentences.");
        Require(entry.Steps.Count >= 3, Sections.Steps, $"has {entry.Steps.Count} numbered steps", "Write at least 3 steps, one a line: '1. **Name:** what to do'.");
        var minPhrasings = framework ? 4 : 3;
        Require(entry.Phrasings.Count >= minPhrasings, Sections.SayItLikeThis, $"has {entry.Phrasings.Count} phrasings",
            $"A {(framework ? "framework" : "moment")} needs at least {minPhrasings} phrasings, each a bullet in double quotes.");
        Require(entry.Avoid.Count >= 2, Sections.Avoid, $"has {entry.Avoid.Count} pitfalls", "List at least 2 pitfalls as bullets, the most important first.");
        Require(entry.WhyItWorks.Length > 0, Sections.WhyItWorks, "is empty", "Give the evidence or reasoning in 1 to 3 sentences, in our own words.");

        for (var i = 0; i < entry.Phrasings.Count; i++)
        {
            var words = ContentValidator.WordCount(entry.Phrasings[i]);
            if (words > ContentValidator.MaxPhrasingWords)
            {
                add($"phrase:{i}", $"A phrasing is {words} words long, too long to say aloud.",
                    $"Cut it to at most {ContentValidator.MaxPhrasingWords} words, or split it into two phrasings.");
            }
        }

        var roles = entry.RoleNotes.Select(n => n.Role).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (framework)
        {
            foreach (var role in ContentValidator.FrameworkRoles.Where(r => !roles.Contains(r)))
            {
                add(Sections.LineKey(Sections.RoleNotes), $"The role notes have no note for {role}.", $"Add '- **{role}:** ...' saying where their practice differs.");
            }
        }
        else if (roles.Count == 0)
        {
            add(Sections.LineKey(Sections.RoleNotes), "The role notes are empty.", "Add at least one bullet such as '- **Nurse:** ...'.");
        }

        void Require(bool ok, string section, string what, string fix)
        {
            // A missing section is already reported once; don't pile a second message on it.
            if (!ok && document.Lines.ContainsKey(Sections.LineKey(section)))
            {
                add(Sections.LineKey(section), $"The section '## {section}' {what}.", fix);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex IdPattern();
}
