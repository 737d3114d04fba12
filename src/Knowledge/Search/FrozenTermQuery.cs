using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// A <see cref="TermQuery"/> for the read-only index that scores exactly like one (TF-IDF: the same idf, query
/// weight, normalization and <c>tf · weight · norm</c>, in the same float operations) without its per-query cost:
/// the term's state, statistics and idf come from startup, and the postings enumerator is this thread's reused one
/// (<see cref="FrozenSegment"/>). TermQuery would build an idf explanation string, a terms enum and block buffers.
/// </summary>
internal sealed class FrozenTermQuery(IndexedTerm term, FrozenSegment segment) : Query
{
    private IndexedTerm Indexed { get; } = term;

    private FrozenSegment Segment { get; } = segment;

    public override Weight CreateWeight(IndexSearcher searcher) => new TermWeight(this, Segment.SimilarityFor(searcher));

    public override void ExtractTerms(ISet<Term> terms) => terms.Add(Indexed.Term);

    public override string ToString(string field) =>
        (Indexed.Term.Field == field ? string.Empty : Indexed.Term.Field + ":") + Indexed.Term.Text + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is FrozenTermQuery other && other.Boost == Boost && other.Indexed.Term.Equals(Indexed.Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Indexed.Term);

    /// <summary>TermWeight with TFIDFSimilarity's IDFStats inlined: same fields, same order of float operations.</summary>
    private sealed class TermWeight(FrozenTermQuery query, TFIDFSimilarity similarity) : Weight
    {
        private float _queryWeight = query.Indexed.Idf * query.Boost;
        private float _value;

        public override Query Query => query;

        public override float GetValueForNormalization() => _queryWeight * _queryWeight;

        public override void Normalize(float norm, float topLevelBoost)
        {
            var queryNorm = norm * topLevelBoost;
            _queryWeight *= queryNorm;
            _value = _queryWeight * query.Indexed.Idf;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs) =>
            query.Indexed.Context.Get(context.Ord) is null
                ? null
                : new TermScorer(this, query.Segment.Docs(query.Indexed, acceptDocs), _value, similarity, query.Segment.Norms(query.Indexed.Term.Field));

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new ComplexExplanation(true, scorer.GetScore(), $"weight({query} in {doc}), termFreq={scorer.Freq}")
                : new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <summary>TermScorer (internal in Lucene.Net) with TFIDFSimScorer's score inlined.</summary>
    private sealed class TermScorer(Weight weight, DocsEnum docs, float value, TFIDFSimilarity similarity, float[]? norms) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override long GetCost() => docs.GetCost();

        public override float GetScore()
        {
            var raw = similarity.Tf(docs.Freq) * value;
            return norms is null ? raw : raw * norms[docs.DocID];
        }
    }
}
