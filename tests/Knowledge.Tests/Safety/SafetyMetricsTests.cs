using CpcCoach.Knowledge.Safety;
using Xunit.Abstractions;

namespace CpcCoach.Knowledge.Tests.Safety;

/// <summary>Precision and recall on our own labelled sets, printed in the test output so a run shows the numbers.</summary>
public sealed class SafetyMetricsTests(ITestOutputHelper output)
{
    [Fact]
    public void Redactor_OnLabelledCorpora_ReportsTokenPrecisionAndRecall()
    {
        var redactor = new PhiRedactor();
        int truePositive = 0, falseNegative = 0, falsePositive = 0;
        foreach (var message in SafetyData.PhiCorpus)
        {
            var redacted = redactor.Redact(message.Text).Text;
            var identifierWords = message.Identifiers.SelectMany(PhiRedactorTests.Words).ToList();
            // A word of an identifier that also appears elsewhere in the message ("patient" inside a URL) is not a miss.
            var rest = message.Identifiers.Aggregate(message.Text, (t, id) => t.Replace(id, " ", StringComparison.OrdinalIgnoreCase));
            var elsewhere = PhiRedactorTests.Words(rest).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var survivors = identifierWords.Count(w => !elsewhere.Contains(w) && PhiRedactorTests.Words(redacted).Contains(w, StringComparer.OrdinalIgnoreCase));
            truePositive += identifierWords.Count - survivors;
            falseNegative += survivors;
            var (kept, total) = PhiRedactorTests.SurvivingWords(message);
            falsePositive += total - kept;
        }

        foreach (var text in SafetyData.CleanMessages)
        {
            var original = PhiRedactorTests.Words(text).Count();
            var left = PhiRedactorTests.Words(redactor.Redact(text).Text).Count(w => w != "name");
            falsePositive += Math.Max(0, original - left);
        }

        var precision = (double)truePositive / (truePositive + falsePositive);
        var recall = (double)truePositive / (truePositive + falseNegative);
        output.WriteLine($"PHI redaction over {SafetyData.PhiCorpus.Count} identifier messages + {SafetyData.CleanMessages.Count} clean ones (word level):");
        output.WriteLine($"  identifier words removed {truePositive}, missed {falseNegative}, other words removed {falsePositive}");
        output.WriteLine($"  precision {precision:P1}, recall {recall:P1}");
        Assert.Equal(1.0, recall);
        Assert.True(precision >= 0.95, $"precision {precision:P1}");
    }

    [Fact]
    public void Classifier_OnLabelledCases_ReportsPrecisionAndRecallPerSignal()
    {
        var classifier = new SafetyClassifier();
        var results = SafetyData.ClassifierCases.Select(c => (Case: c, Got: classifier.Classify(c.Text))).ToList();
        var signals = new (string Name, Func<ClassifierCase, bool> Expected, Func<SafetySignals, bool> Got)[]
        {
            ("Dosing", c => c.Concern == "Dosing", s => s.Concern == ScopeConcern.Dosing),
            ("Orders", c => c.Concern == "Orders", s => s.Concern == ScopeConcern.Orders),
            ("PatientPrognosis", c => c.Concern == "PatientPrognosis", s => s.Concern == ScopeConcern.PatientPrognosis),
            ("ClinicalDecision", c => c.Concern == "ClinicalDecision", s => s.Concern == ScopeConcern.ClinicalDecision),
            ("Legal", c => c.Concern == "Legal", s => s.Concern == ScopeConcern.Legal),
            ("Any concern", c => c.Concern != "None", s => s.Concern != ScopeConcern.None),
            ("Distress", c => c.Distress, s => s.Distress),
            ("SelfHarmRisk", c => c.SelfHarm, s => s.SelfHarmRisk),
        };

        output.WriteLine($"Safety classifier over {results.Count} labelled cases:");
        foreach (var (name, expected, got) in signals)
        {
            var tp = results.Count(r => expected(r.Case) && got(r.Got));
            var fp = results.Count(r => !expected(r.Case) && got(r.Got));
            var fn = results.Count(r => expected(r.Case) && !got(r.Got));
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            output.WriteLine($"  {name,-17} n={tp + fn,3}  precision {precision,7:P1}  recall {recall,7:P1}");
            Assert.True(recall >= 0.9 && precision >= 0.9, $"{name}: precision {precision:P1}, recall {recall:P1}");
        }

        var selfHarmMissed = results.Count(r => r.Case.SelfHarm && !r.Got.SelfHarmRisk);
        Assert.Equal(0, selfHarmMissed);
    }
}
