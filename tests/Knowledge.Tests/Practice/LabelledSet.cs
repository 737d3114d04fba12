using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Tests.Practice;

/// <summary>
/// Labelled learner utterances: skill keys, a tab, the utterance. skills-labelled.tsv is the tuning set;
/// skills-heldout.tsv was written after tuning (and then tuned on too, see docs/benchmarks.md); skills-heldout-2.tsv was
/// written blind, by someone who never saw the rules.
/// </summary>
internal static class LabelledSet
{
    public const string Development = "skills-labelled.tsv";

    public const string HeldOut = "skills-heldout.tsv";

    public const string BlindHeldOut = "skills-heldout-2.tsv";

    public static IReadOnlyList<(string Text, IReadOnlySet<Skill> Skills, int Line)> Load(string file = Development)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Practice", file);
        var rows = new List<(string, IReadOnlySet<Skill>, int)>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var parts = lines[i].Split('\t');
            Assert.True(parts.Length == 2, $"{file} line {i + 1}: expected 'skills<TAB>utterance'");
            var skills = parts[0] == "-"
                ? new HashSet<Skill>()
                : parts[0].Split(',').Select(k => SkillKeys.Parse(k) ?? throw new InvalidDataException($"{file} line {i + 1}: unknown skill '{k}'")).ToHashSet();
            rows.Add((parts[1], skills, i + 1));
        }

        return rows;
    }
}
