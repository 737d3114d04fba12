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
if (args.Length > 1 && args[1] == "memory")
{
    Memory(texts);
    return;
}

var redactor = new PhiRedactor();
var classifier = new SafetyClassifier();
for (var i = 0; i < 100; i++)
{
    foreach (var t in texts)
    {
        classifier.Classify(redactor.Redact(t).Text);
    }
}

if (args.Length > 1 && args[1] == "worst")
{
    Worst(texts, classifier);
    return;
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

// "worst" (second argument): crafted messages, words the patterns' windows look for (verbs, drugs, question leads, speakers), in random order and
// without the ending a rule needs, so a backtracking engine explores every window at every position. Reports the
// slowest classification per length; the labelled messages are mostly under 300 characters.
static void Worst(List<string> labelled, SafetyClassifier classifier)
{
    foreach (var pass in new[] { "first pass", "again" })
    {
        var random = new Random(20261127);
        foreach (var length in new[] { 300, 1_000, 2_000, 4_000 })
        {
            double worst = 0, total = 0;
            const int count = 200;
            for (var i = 0; i < count; i++)
            {
                var text = Crafted(random, length);
                var start = Stopwatch.GetTimestamp();
                classifier.Classify(text);
                var us = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
                worst = Math.Max(worst, us);
                total += us;
            }

            Console.WriteLine($"{pass,-10}  crafted {length,5} chars  n={count}  mean {total / count,9:F1} us  max {worst,9:F1} us");
        }
    }

    Console.WriteLine($"labelled messages: longest {labelled.Max(t => t.Length)} chars, p99 length {labelled.Select(t => t.Length).Order().ElementAt(labelled.Count * 99 / 100)}");
}

static string Crafted(Random random, int length)
{
    string[] vocabulary =
    [
        "can", "i", "we", "give", "push", "increase", "how", "often", "much", "morphine", "hydromorphone", "oral", "iv",
        "to", "from", "whether", "or", "not", "dose", "should", "could", "the", "family", "asked", "says", "she", "he",
        "do", "you", "think", "will", "talk", "about", "with", "what", "percent", "chance", "survival", "months", "weeks",
        "equivalent", "fentanyl", "patch", "drip", "rate", "ventilator", "dialysis", "continue", "stop", "him", "her",
        "'s", "-", "'", ",", ":", "wean", "titrate", "prognosis", "time", "left", "live", "dad", "mom", "wife", "husband",
    ];
    var text = new System.Text.StringBuilder();
    while (text.Length < length)
    {
        text.Append(vocabulary[random.Next(vocabulary.Length)]).Append(random.Next(8) == 0 ? "  " : " ");
    }

    return text.ToString(0, length);
}

// "memory" (second argument): managed memory the classifier holds once built, after the labelled messages, and after
// 800 and 3,200 crafted ones (a linear-time automaton grows as it meets new text). Run in a fresh process.
static void Memory(List<string> labelled)
{
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var classifier = new SafetyClassifier();
    classifier.Classify("hello");
    var built = GC.GetTotalMemory(forceFullCollection: true);
    foreach (var text in labelled)
    {
        classifier.Classify(text);
    }

    var afterLabelled = GC.GetTotalMemory(forceFullCollection: true);
    var random = new Random(20261127);
    var crafted = new List<long>();
    int[] lengths = [300, 1_000, 2_000, 4_000, .. Enumerable.Repeat(2_000, 12)];
    foreach (var length in lengths)
    {
        for (var i = 0; i < 200; i++)
        {
            classifier.Classify(Crafted(random, length));
        }

        crafted.Add(GC.GetTotalMemory(forceFullCollection: true));
    }

    GC.KeepAlive(classifier);
    Console.WriteLine(
        $"classifier built: {(built - before) / 1e6:F1} MB; after the {labelled.Count} labelled messages: {(afterLabelled - before) / 1e6:F1} MB; " +
        $"after 800 crafted: {(crafted[3] - before) / 1e6:F1} MB; after 3,200 crafted: {(crafted[^1] - before) / 1e6:F1} MB; " +
        $"largest on the way: {(crafted.Max() - before) / 1e6:F1} MB");
}

static IEnumerable<string> Load(string file, string property, Func<JsonElement, string> pick)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", file)));
    return doc.RootElement.GetProperty(property).EnumerateArray().Select(pick).ToList();
}
