using System.Text.RegularExpressions;

namespace CpcCoach.Knowledge.Practice.Skills;

/// <summary>
/// Finds communication skills in one learner turn with phrase rules: deterministic, and every detection carries the
/// words and the rule that produced it. Precision and recall per skill are measured on the labelled set in the tests.
/// </summary>
public static partial class SkillDetector
{
    /// <summary>A turn this long, with no question and several facts, is more than a listener can take in at once.</summary>
    private const int DumpWords = 40;

    /// <summary>
    /// A shorter turn is a dump too when it is a list: three numbers or terms, or one sentence of five comma-separated
    /// statements ("your calcium's high, your kidneys are struggling, ..."). Below this length a list is a headline.
    /// </summary>
    private const int ListWords = 20;

    public static TurnSkills Detect(string text)
    {
        text = TypedText.Spell(text);
        var found = new List<Detection>();
        var sentences = Sentences(text);
        foreach (var rule in PhraseRules.All)
        {
            if (found.Any(d => d.Skill == rule.Skill))
            {
                continue;
            }

            foreach (var (sentence, _) in sentences)
            {
                if (rule.Pattern.Match(sentence) is { Success: true } match)
                {
                    found.Add(new Detection(rule.Skill, match.Value, rule.Name));
                    break;
                }
            }
        }

        found.AddRange(JargonRules.Find([.. sentences.Select(s => s.Text)]).Take(1));
        AddQuestions(sentences, found);
        var dump = InfoDump(text, sentences);
        if (dump is not null)
        {
            found.Add(dump);
            // A headline buried in the middle of a dump is not a headline: only one that opens the turn counts.
            found.RemoveAll(d => d.Skill == Skill.WarningShot && !Opening(text).Contains(d.Evidence, StringComparison.OrdinalIgnoreCase));
        }
        else if (PrognosisRules.Find(sentences.Select(s => s.Text)) is { } range)
        {
            // Numbers inside a dump are not a framed range, so a range is only credited outside one.
            found.Add(range);
        }

        return new TurnSkills(found);
    }

    private static void AddQuestions(IReadOnlyList<(string Text, bool Question)> sentences, List<Detection> found)
    {
        foreach (var (sentence, question) in sentences)
        {
            var kind = QuestionRules.Classify(sentence, question);
            if (kind is not { } skill)
            {
                continue;
            }

            if (!found.Any(d => d.Skill == skill))
            {
                found.Add(new Detection(skill, sentence, skill == Skill.OpenQuestion ? "invites a story" : "invites a yes/no or one word"));
            }

            if (skill == Skill.OpenQuestion && QuestionRules.Explores(sentence) && !found.Any(d => d.Skill == Skill.NurseExplore))
            {
                found.Add(new Detection(Skill.NurseExplore, sentence, "asks about the feeling or worry"));
            }
        }
    }

    private static Detection? InfoDump(string text, IReadOnlyList<(string Text, bool Question)> sentences)
    {
        var words = WordPattern().Count(text);
        if (words < ListWords || sentences.Any(s => s.Question))
        {
            return null;
        }

        // Many clauses are a dump when they are facts; the same length spent on what we will do next is a plan.
        var facts = NumberPattern().Count(text) + JargonRules.Count(text);
        var clauses = sentences.Count + text.Count(c => c == ',');
        var planning = PlanPattern().IsMatch(text);
        var dump = facts >= 3 || (!planning && (sentences.Max(s => Statements(s.Text)) >= 5 || (words >= DumpWords && clauses >= 7)));
        return dump ? new Detection(Skill.InfoDump, $"{words} words, {facts} numbers or terms, no pause", "too much at once") : null;
    }

    // Comma-separated parts of three words or more: "your kidneys are struggling" is a statement, "any time" is not.
    private static int Statements(string sentence) => sentence.Split(',').Count(part => WordPattern().Count(part) >= 3);

    private static string Opening(string text) => string.Join(' ', WordPattern().Matches(text).Take(12).Select(m => m.Value));

    internal static IReadOnlyList<(string Text, bool Question)> Sentences(string text)
    {
        var result = new List<(string, bool)>();
        foreach (Match match in SentencePattern().Matches(text))
        {
            var sentence = match.Value.Trim();
            if (sentence.Length > 0)
            {
                // A typed turn often has no question mark at all; then the word order is what marks a question.
                var words = sentence.TrimEnd('.', '!', '?', ' ');
                var asked = sentence.EndsWith('?') || (words.Length == sentence.Length && QuestionRules.AskedWithoutMark(words));
                result.Add((words, asked));
            }
        }

        return result;
    }

    [GeneratedRegex(@"[^.?!]+[.?!]*")]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"\b(i'll|we'll|i will|we will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlanPattern();

    [GeneratedRegex(@"\b[\w'-]+\b")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b\d+([.,]\d+)?\b|\b(one|two|three|four|five|six|ten|fifteen|twenty|seventy|eighty|hundred)\b|\bpercent\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
