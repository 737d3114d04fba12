using System.Diagnostics;
using System.Text.Json;
using CpcCoach.Knowledge.Safety;

// Per-message cost of redaction and classification over every labelled message we have (PHI corpus, clean
// messages, classifier cases). Warm-up first: the linear-time classifier patterns build their automata lazily.
var texts = Load("phi-corpus.json", "messages", e => e.GetProperty("text").GetString()!)
    .Concat(Load("clean-messages.json", "messages", e => e.GetString()!))
    .Concat(Load("classifier-cases.json", "cases", e => e.GetProperty("text").GetString()!))
    .ToList();
var rounds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var redactor = new PhiRedactor();
var classifier = new SafetyClassifier();
for (var i = 0; i < 20; i++)
{
    foreach (var t in texts)
    {
        classifier.Classify(redactor.Redact(t).Text);
    }
}

Report("redact", t => redactor.Redact(t));
Report("classify", t => classifier.Classify(t));
Report("redact+classify", t => classifier.Classify(redactor.Redact(t).Text));

void Report(string name, Action<string> run)
{
    var samples = new List<double>(texts.Count * rounds);
    for (var r = 0; r < rounds; r++)
    {
        foreach (var t in texts)
        {
            var start = Stopwatch.GetTimestamp();
            run(t);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
    }

    samples.Sort();
    double P(double q) => samples[(int)Math.Min(samples.Count - 1, q * samples.Count)];
    Console.WriteLine($"{name,-16} n={samples.Count,6}  mean {samples.Average(),7:F1} us  p50 {P(0.5),7:F1}  p95 {P(0.95),7:F1}  p99 {P(0.99),7:F1}  max {samples[^1],8:F1}");
}

static IEnumerable<string> Load(string file, string property, Func<JsonElement, string> pick)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", file)));
    return doc.RootElement.GetProperty(property).EnumerateArray().Select(pick).ToList();
}
