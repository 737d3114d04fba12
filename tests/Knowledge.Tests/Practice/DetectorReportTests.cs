using System.Globalization;
using System.Text;
using CpcCoach.Knowledge.Practice.Skills;
using Xunit.Abstractions;

namespace CpcCoach.Knowledge.Tests.Practice;

/// <summary>Precision and recall of every skill detector on the labelled sets; the tables go into docs/benchmarks.md.</summary>
public sealed class DetectorReportTests(ITestOutputHelper output)
{
    private const double Floor = 0.8;

    [Fact]
    public void LabelledSet_HasAtLeast300Utterances_AndCoversEverySkill()
    {
        var set = LabelledSet.Load();
        Assert.True(set.Count >= 300, $"only {set.Count} labelled utterances");
        foreach (var skill in Enum.GetValues<Skill>())
        {
            Assert.True(set.Count(r => r.Skills.Contains(skill)) >= 8, $"fewer than 8 examples of {skill.Key()}");
        }
    }

    // The tuning set is the acceptance (at least 300 own utterances, precision and recall >= 0.8 per skill). The two
    // held-out sets hold the same floor, but neither is unseen any more: both were looked at and the rules generalised
    // after their first runs, which docs/benchmarks.md records (the blind set's first run is in docs/detectors-blind-first-run.txt).
    [Theory]
    [InlineData(LabelledSet.Development)]
    [InlineData(LabelledSet.HeldOut)]
    [InlineData(LabelledSet.BlindHeldOut)]
    public void Detectors_ReachPrecisionAndRecallFloor_ForEverySkill(string file)
    {
        var report = Measure(file);
        var failures = report.Scores.Where(s => !s.Holds).Select(s => s.ToString()).ToList();
        Assert.True(failures.Count == 0, "below " + Floor + ": " + string.Join("; ", failures) + "\n" + report.Table + report.Misses);
    }

    private Report Measure(string file)
    {
        var set = LabelledSet.Load(file);
        var misses = new StringBuilder();
        var counts = Enum.GetValues<Skill>().ToDictionary(s => s, _ => (Tp: 0, Fp: 0, Fn: 0));
        foreach (var (text, expected, line) in set)
        {
            var found = SkillDetector.Detect(text).Skills;
            foreach (var skill in Enum.GetValues<Skill>())
            {
                var (tp, fp, fn) = counts[skill];
                counts[skill] = (expected.Contains(skill), found.Contains(skill)) switch
                {
                    (true, true) => (tp + 1, fp, fn),
                    (false, true) => (tp, fp + 1, fn),
                    (true, false) => (tp, fp, fn + 1),
                    _ => (tp, fp, fn),
                };
                if (expected.Contains(skill) != found.Contains(skill))
                {
                    misses.AppendLine(CultureInfo.InvariantCulture, $"line {line}: {(found.Contains(skill) ? "extra" : "missed")} {skill.Key()}: {text}");
                }
            }
        }

        var table = new StringBuilder("| skill | examples | precision | recall |\n|---|---:|---:|---:|\n");
        var scores = new List<SkillScore>();
        foreach (var (skill, (tp, fp, fn)) in counts)
        {
            var score = new SkillScore(skill, tp + fn, tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn));
            scores.Add(score);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {skill.Key()} | {score.Examples} | {score.Precision:0.00} | {score.Recall:0.00} |");
        }

        output.WriteLine($"{file}: {set.Count} utterances");
        output.WriteLine(table.ToString());
        output.WriteLine(misses.ToString());
        return new Report(scores, table.ToString(), misses.ToString());
    }

    private sealed record Report(IReadOnlyList<SkillScore> Scores, string Table, string Misses);

    private sealed record SkillScore(Skill Skill, int Examples, double Precision, double Recall)
    {
        public bool Holds => Precision >= Floor && Recall >= Floor;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Skill.Key()} P={Precision:0.00} R={Recall:0.00}");
    }
}
