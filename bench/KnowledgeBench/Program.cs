using System.Diagnostics;
using CpcCoach.Knowledge;
using CpcCoach.Knowledge.Routing;
using CpcCoach.Knowledge.Safety;

// Knowledge base benchmark: startup (load + validate + index) and search/route latency percentiles.
// Usage: dotnet run -c Release --project bench/KnowledgeBench [-- iterations]
var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;

var started = Stopwatch.GetTimestamp();
using var knowledge = KnowledgeBase.Load();
var startup = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
Console.WriteLine($"startup (load + validate + index, {knowledge.Entries.Count} entries, cold process): {startup:0.0} ms");

// Queries: every entry's title, tags and a phrasing (the whole knowledge base), plus clinician-style messages.
var queries = knowledge.Entries
    .SelectMany(e => new[] { e.Title, string.Join(' ', e.Tags.Take(4)), e.Phrasings.FirstOrDefault() ?? e.Headline, string.Join(' ', e.Synonyms.Take(3)) })
    .Concat(Messages.All)
    .ToList();

var router = new Router(knowledge, new SafetyClassifier());
foreach (var q in queries)
{
    knowledge.Index.Search(q, 5);
    router.Route(q);
}

Report("search", queries, iterations, q => knowledge.Index.Search(q, 5));
Report("route (safety + cues + search)", queries, Math.Max(1, iterations / 4), q => router.Route(q));

static void Report(string name, List<string> queries, int iterations, Action<string> run)
{
    var samples = new List<double>(queries.Count * iterations);
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    for (var i = 0; i < iterations; i++)
    {
        foreach (var q in queries)
        {
            var t = Stopwatch.GetTimestamp();
            run(q);
            samples.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    }

    var perOp = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)samples.Count / 1024;
    samples.Sort();
    double P(double p) => samples[Math.Min(samples.Count - 1, (int)(p * samples.Count))];
    Console.WriteLine($"{name}: n={samples.Count} ({queries.Count} queries) p50 {P(0.50):0.000} ms, p99 {P(0.99):0.000} ms, max {samples[^1]:0.000} ms, allocated {perOp:0.0} KB/op");
}

internal static class Messages
{
    public static readonly string[] All =
    [
        "fam mtg at 3, daughter wants everything done, pt is DNR?? help",
        "how do I explain what a health care proxy does to a pt who has never heard the term",
        "pt refusing hospise bc my oncologist will abandon me. any good way to handle that",
        "COPD pt refuses to be on a machine forever. how do I offer a trial of bipap vs intubation w a clear stop point",
        "deaf pt who uses ASL, metastatic ovarian ca, need to discuss prognosis this week. the video interpreter kept freezing and her daughter kept jumping in. how do I set this up better",
        "GOC convo w family of ICU pt w SBO and mets, onc says no more tx, CMO vs full code?",
        "angry son yelling in the hallway about his mom's care",
        "NICU parents asking if their baby will survive",
        "teach me SPIKES",
        "practise NURSE statements with me",
    ];
}
