using System.Collections.Frozen;
using CpcCoach.Knowledge.Entries;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// An in-memory Lucene index over every entry, built once at startup. English analysis (stop words, Porter
/// stemming) plus the clinical shorthand map on both sides; misspelt longer words fall back to fuzzy terms.
/// The index never changes after startup, so every indexed term's statistics are looked up once
/// (<see cref="TermContext"/>) and queries only get clauses for terms a field actually has: a clause that can
/// never match only scales every document's coord and norm by the same factor, so ranks and relative scores are
/// the same as with the full query, at a fraction of the term-dictionary seeks. Term and adjacent-word clauses
/// are <see cref="FrozenTermQuery"/> and <see cref="AdjacentPhraseQuery"/>: Lucene's TermQuery and PhraseQuery
/// scores, with the statistics from startup and per-thread reused postings enumerators instead of fresh ones per
/// clause, which made search about half of all the bot's allocations.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Long pasted messages are cut here: the first words carry the question, and it bounds query cost.</summary>
    private const int MaxQueryTerms = 48;

    /// <summary>Phrase queries read positions and cost most; only the opening words get them.</summary>
    internal const int MaxPhraseTerms = 16;

    /// <summary>One position of give: a dropped stop word between the two words ("goals of care") still counts as adjacent.</summary>
    internal const int PhraseSlop = 1;

    internal const float PhraseBoost = 2.0f;

    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly FrozenDictionary<string, FrozenDictionary<string, IndexedTerm>> _vocabulary;
    private readonly FrozenSegment _segment;
    private readonly FuzzyExpansions _fuzzy;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        _entries = entries;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { UseCompoundFile = false }))
        {
            foreach (var entry in entries)
            {
                writer.AddDocument(ToDocument(entry));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        var similarity = _searcher.Similarity as TFIDFSimilarity
            ?? throw new InvalidOperationException("Frozen queries reproduce TF-IDF scoring; the searcher must use a TFIDFSimilarity.");
        string[] fields = [.. IndexFields.Weighted.Select(f => f.Name), IndexFields.All];
        _vocabulary = fields.ToFrozenDictionary(field => field, field => Vocabulary(_reader, field, similarity), StringComparer.Ordinal);
        _segment = new FrozenSegment(_reader, fields, similarity);
        _fuzzy = new FuzzyExpansions(_reader, Known, _segment);
    }

    /// <summary>The best entries for a message, best first; empty when nothing matches.</summary>
    public IReadOnlyList<SearchHit> Search(string text, int max = 5)
    {
        var terms = AnalyzeQuery(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var all = _vocabulary[IndexFields.All];
        var query = new BooleanQuery(disableCoord: false);
        foreach (var term in terms)
        {
            foreach (var (field, boost) in IndexFields.Weighted)
            {
                if (_vocabulary[field].TryGetValue(term, out var known))
                {
                    query.Add(new FrozenTermQuery(known, _segment) { Boost = boost }, Occur.SHOULD);
                }
            }

            // Only words the index has never seen are fuzzed: typos get a second chance, known words stay exact and fast.
            if (term.Length >= 5 && !all.ContainsKey(term))
            {
                query.Add(_fuzzy.For(term), Occur.SHOULD);
            }
        }

        // Adjacent-word phrases reward "family meeting" over "family ... meeting"; the first words carry the question.
        for (var i = 0; i + 1 < Math.Min(terms.Count, MaxPhraseTerms); i++)
        {
            if (!all.TryGetValue(terms[i], out var first) || !all.TryGetValue(terms[i + 1], out var second))
            {
                continue;
            }

            query.Add(first == second ? RepeatedWordPhrase(terms[i]) : new AdjacentPhraseQuery(first, second, PhraseSlop, _segment) { Boost = PhraseBoost }, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? [] : Run(query, max);
    }

    /// <summary>Runs a query built for this index; the searcher is single-threaded, so this thread's enumerators serve it all.</summary>
    internal IReadOnlyList<SearchHit> Run(Query query, int max)
    {
        _segment.Begin();

        // Scoring documents in order picks the doc-at-a-time disjunction scorer: the out-of-order bulk scorer would
        // allocate a 2,048-bucket table per query for an index of a few dozen documents. Same scores, same ties.
        var collector = TopScoreDocCollector.Create(max, docsScoredInOrder: true);
        _searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        if (top.ScoreDocs.Length == 0)
        {
            return [];
        }

        var best = top.ScoreDocs[0].Score;
        return [.. top.ScoreDocs.Select(d => new SearchHit(_entries[d.Doc], d.Score, d.Score / best))];
    }

    /// <summary>The analyzed words of a message, shorthand expanded, as queries use them.</summary>
    internal List<string> AnalyzeQuery(string text) => Analyze(ClinicalLexicon.Expand(text));

    /// <summary>A word of one field with its statistics, or null when the field does not have it.</summary>
    internal IndexedTerm? Known(string field, string term) => _vocabulary[field].GetValueOrDefault(term);

    /// <summary>
    /// "care care" (a word repeated after stemming) takes SloppyPhraseScorer's repeat handling, which
    /// <see cref="AdjacentPhraseQuery"/> leaves to Lucene; it is rare enough to keep the plain PhraseQuery.
    /// </summary>
    internal static PhraseQuery RepeatedWordPhrase(string term)
    {
        var phrase = new PhraseQuery { Slop = PhraseSlop, Boost = PhraseBoost };
        phrase.Add(new Term(IndexFields.All, term));
        phrase.Add(new Term(IndexFields.All, term));
        return phrase;
    }

    public void Dispose()
    {
        _segment.Dispose();
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    /// <summary>Every term of one field with its statistics and idf, read once in a single pass over each segment's terms.</summary>
    private static FrozenDictionary<string, IndexedTerm> Vocabulary(DirectoryReader reader, string field, TFIDFSimilarity similarity)
    {
        var vocabulary = new Dictionary<string, TermContext>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var text = iterator.Term.Utf8ToString();
                if (!vocabulary.TryGetValue(text, out var context))
                {
                    vocabulary[text] = context = new TermContext(reader.Context);
                }

                context.Register(iterator.GetTermState(), leaf.Ord, iterator.DocFreq, iterator.TotalTermFreq);
            }
        }

        // Idf(docFreq, maxDoc) is what TFIDFSimilarity.ComputeWeight would work out for the term on every query.
        return vocabulary.ToFrozenDictionary(
            v => v.Key,
            v => new IndexedTerm(new Term(field, v.Key), v.Value, similarity.Idf(v.Value.DocFreq, reader.MaxDoc)),
            StringComparer.Ordinal);
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(IndexFields.All, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && terms.Count < MaxQueryTerms)
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }

    private static Document ToDocument(KnowledgeEntry entry)
    {
        var title = ClinicalLexicon.Expand(entry.Title);
        var tags = ClinicalLexicon.Expand(string.Join(" . ", entry.Tags));
        var synonyms = ClinicalLexicon.Expand(string.Join(" . ", entry.Synonyms));
        var headline = entry.Headline;
        var body = string.Join(" . ", [entry.WhenToUse, .. entry.Steps.Select(s => s.Name + " " + s.Text), .. entry.Phrasings, .. entry.Avoid]);
        return
        [
            new StringField(IndexFields.Id, entry.Id, Field.Store.YES),
            new TextField("title", title, Field.Store.NO),
            new TextField("tags", tags, Field.Store.NO),
            new TextField("synonyms", synonyms, Field.Store.NO),
            new TextField("headline", headline, Field.Store.NO),
            new TextField("body", body, Field.Store.NO),
            new TextField(IndexFields.All, string.Join(" . ", title, tags, synonyms, headline, body), Field.Store.NO),
        ];
    }
}
