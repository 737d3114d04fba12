using System.Globalization;
using System.Text;
using CpcCoach.Knowledge.Practice.Skills;
using Xunit.Abstractions;

namespace CpcCoach.Knowledge.Tests.Practice;

/// <summary>Precision and recall of every skill detector on the labelled set; the table goes into docs/benchmarks.md.</summary>
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

    [Theory]
    [InlineData(LabelledSet.Development)]
    [InlineData(LabelledSet.HeldOut)]
    public void Detectors_ReachPrecisionAndRecallFloor_ForEverySkill(string file)
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

        var report = new StringBuilder("| skill | examples | precision | recall |\n|---|---:|---:|---:|\n");
        var failures = new List<string>();
        foreach (var (skill, (tp, fp, fn)) in counts)
        {
            var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {skill.Key()} | {tp + fn} | {precision:0.00} | {recall:0.00} |");
            if (precision < Floor || recall < Floor)
            {
                failures.Add($"{skill.Key()} P={precision:0.00} R={recall:0.00}");
            }
        }

        output.WriteLine($"{file}: {set.Count} utterances");
        output.WriteLine(report.ToString());
        output.WriteLine(misses.ToString());
        Assert.True(failures.Count == 0, "below " + Floor + ": " + string.Join("; ", failures) + "\n" + report + misses);
    }
}
