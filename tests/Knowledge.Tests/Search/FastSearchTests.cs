using CpcCoach.Knowledge.Search;
using CpcCoach.Knowledge.Tests.Support;

namespace CpcCoach.Knowledge.Tests.Search;

/// <summary>
/// The allocation-free query path (frozen term and adjacent-phrase queries over reused enumerators) against the
/// plain Lucene queries it replaced, over every eval message and every benchmark query: same entries, same order,
/// same scores. Results are compared over every matching entry, not only the top five, so a tie or score drift
/// anywhere would show.
/// </summary>
public sealed class FastSearchTests
{
    private const int EveryEntry = 1000;

    private static KnowledgeIndex Index => SharedKnowledge.Base.Index;

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var text in AllQueries())
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_GivesTheSameHitsOrderAndScoresAsLuceneQueries(string text)
    {
        foreach (var max in new[] { 5, EveryEntry })
        {
            var expected = ReferenceSearch.Search(Index, text, max);
            var actual = Index.Search(text, max);

            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    [Fact]
    public void Search_QuerySetExercisesPhrasesFuzzyTermsAndRepeatedWords()
    {
        var analyzed = AllQueries().Select(Index.AnalyzeQuery).ToList();

        Assert.Contains(analyzed, t => t.Zip(t.Skip(1)).Any(p => p.First != p.Second && IsKnown(p.First) && IsKnown(p.Second)));
        Assert.Contains(analyzed, t => t.Zip(t.Skip(1)).Any(p => p.First == p.Second && IsKnown(p.First)));
        Assert.Contains(analyzed, t => t.Any(w => w.Length >= 8 && !IsKnown(w)));
        Assert.Contains(analyzed, t => t.Any(w => w.Length is >= 5 and < 8 && !IsKnown(w)));
    }

    [Fact]
    public void Search_FromManyThreadsAtOnce_GivesWhatOneThreadGives()
    {
        var queries = AllQueries();
        var expected = queries.Select(q => Describe(ReferenceSearch.Search(Index, q, EveryEntry))).ToList();
        var mismatches = 0;

        // A fresh index, so threads fill its per-thread enumerators and fuzzy expansions concurrently from empty.
        using var fresh = KnowledgeBase.Load();
        Parallel.For(0, queries.Count * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (Describe(fresh.Index.Search(queries[i % queries.Count], EveryEntry)) != expected[i % queries.Count])
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    private static bool IsKnown(string term) => Index.Known(IndexFields.All, term) is not null;

    /// <summary>Ids and exact float bits, one hit a line, so a failure shows where the lists part.</summary>
    private static string Describe(IReadOnlyList<SearchHit> hits) =>
        string.Join('\n', hits.Select(h => $"{h.Entry.Id} {h.Score:R} ({BitConverter.SingleToInt32Bits(h.Score):x8})"));

    private static List<string> AllQueries()
    {
        var entries = SharedKnowledge.Base.Entries;

        // The benchmark's queries (bench/KnowledgeBench): each entry's title, tags, a phrasing and synonyms, and clinician messages.
        var bench = entries.SelectMany(e => new[]
        {
            e.Title, string.Join(' ', e.Tags.Take(4)), e.Phrasings.FirstOrDefault() ?? e.Headline, string.Join(' ', e.Synonyms.Take(3)),
        });
        var evals = new[] { "dev-queries.yaml", "heldout-style-queries.yaml" }.SelectMany(f => EvalSet.Load(f).Queries).Select(q => q.Text);
        return [.. bench.Concat(evals).Concat(Messages).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal)];
    }

    private static readonly string[] Messages =
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

        // Edge cases: a word repeated after stemming, typos of both fuzzy lengths, nothing known, and a long paste.
        "caring care plan for comfort care care",
        "family family meeting meeting",
        "prognossis and hospise referal for a dyign patient with hope",
        "zzzz qqqq",
        string.Join(' ', Enumerable.Repeat("the family meeting about goals of care and code status went badly, prognosis unclear", 6)),
    ];
}
