using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// A two-word sloppy <see cref="PhraseQuery"/> (second word within <see cref="Slop"/> positions after the first) for
/// the read-only index, scoring exactly like one: PhraseWeight's summed idf and normalization, and
/// SloppyPhraseScorer's phrase frequency, which for two different words is the walk in <see cref="PhraseFreq"/>.
/// PhraseQuery would look both words up in the term dictionary (<c>TermContext.Build</c>) and allocate a terms enum
/// and two positions enums per query; this one takes both from startup and this thread's <see cref="FrozenSegment"/>.
/// The words must differ: a repeated word takes SloppyPhraseScorer's repeat handling, so callers use PhraseQuery then.
/// </summary>
internal sealed class AdjacentPhraseQuery : Query
{
    public AdjacentPhraseQuery(IndexedTerm first, IndexedTerm second, int slop, FrozenSegment segment)
    {
        if (first.Term.Equals(second.Term) || first.Term.Field != second.Term.Field)
        {
            throw new ArgumentException("An adjacent phrase needs two different words of one field.", nameof(second));
        }

        (First, Second, Slop, Segment) = (first, second, slop, segment);
    }

    public IndexedTerm First { get; }

    public IndexedTerm Second { get; }

    public int Slop { get; }

    private FrozenSegment Segment { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new PhraseWeight(this, Segment.SimilarityFor(searcher));

    public override void ExtractTerms(ISet<Term> terms)
    {
        terms.Add(First.Term);
        terms.Add(Second.Term);
    }

    public override string ToString(string field) =>
        (First.Term.Field == field ? string.Empty : First.Term.Field + ":") + $"\"{First.Term.Text} {Second.Term.Text}\"~{Slop}" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is AdjacentPhraseQuery other && other.Boost == Boost && other.Slop == Slop && other.First.Term.Equals(First.Term) && other.Second.Term.Equals(Second.Term);

    public override int GetHashCode() => HashCode.Combine(Boost, Slop, First.Term, Second.Term);

    /// <summary>PhraseWeight with IDFStats inlined; the phrase idf is the sum of the words' idfs, as IdfExplain sums them.</summary>
    private sealed class PhraseWeight : Weight
    {
        private readonly AdjacentPhraseQuery _query;
        private readonly TFIDFSimilarity _similarity;
        private readonly float _idf;
        private float _queryWeight;
        private float _value;

        public PhraseWeight(AdjacentPhraseQuery query, TFIDFSimilarity similarity)
        {
            (_query, _similarity) = (query, similarity);
            var idf = 0.0f;
            idf += query.First.Idf;
            idf += query.Second.Idf;
            _idf = idf;
            _queryWeight = idf * query.Boost;
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _queryWeight * _queryWeight;

        public override void Normalize(float norm, float topLevelBoost)
        {
            var queryNorm = norm * topLevelBoost;
            _queryWeight *= queryNorm;
            _value = _queryWeight * _idf;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_query.First.Context.Get(context.Ord) is null || _query.Second.Context.Get(context.Ord) is null)
            {
                return null;
            }

            var segment = _query.Segment;
            return new PhraseScorer(
                this,
                new Word(segment.Positions(_query.First, acceptDocs), 0),
                new Word(segment.Positions(_query.Second, acceptDocs), 1),
                _query.Slop,
                _value,
                _similarity,
                segment.Norms(_query.First.Term.Field));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer is not null && scorer.Advance(doc) == doc
                ? new ComplexExplanation(true, scorer.GetScore(), $"weight({_query} in {doc}), phrase matches={scorer.Freq}")
                : new ComplexExplanation(false, 0f, "no matching phrase");
        }
    }

    /// <summary>One word of the phrase in the current document (Lucene's PhrasePositions): position is minus its offset.</summary>
    private sealed class Word(DocsAndPositionsEnum postings, int offset)
    {
        public DocsAndPositionsEnum Postings { get; } = postings;

        public int Offset { get; } = offset;

        public int Doc { get; private set; } = -1;

        public int Position { get; private set; }

        private int _count;

        public bool SkipTo(int target) => (Doc = Postings.Advance(target)) != DocIdSetIterator.NO_MORE_DOCS;

        public void FirstPosition()
        {
            _count = Postings.Freq;
            NextPosition();
        }

        public bool NextPosition()
        {
            if (_count-- > 0)
            {
                Position = Postings.NextPosition() - Offset;
                return true;
            }

            return false;
        }

        /// <summary>PhraseQueue's order within a document: by position, then by offset in the phrase.</summary>
        public bool LessThan(Word other) => Position == other.Position ? Offset < other.Offset : Position < other.Position;
    }

    /// <summary>SloppyPhraseScorer for two different words, with TFIDFSimScorer's score inlined.</summary>
    private sealed class PhraseScorer(Weight weight, Word first, Word second, int slop, float value, TFIDFSimilarity similarity, float[]? norms)
        : Scorer(weight)
    {
        private readonly Word _first = first;
        private readonly Word _second = second;
        private readonly long _cost = first.Postings.GetCost();
        private Word _min = first;
        private Word _max = second;
        private float _sloppyFreq;
        private int _matches;

        public override int DocID => _max.Doc;

        public override int Freq => _matches;

        public override long GetCost() => _cost;

        public override int NextDoc() => Advance(_max.Doc + 1);

        public override int Advance(int target)
        {
            do
            {
                if (!AdvanceMin(target))
                {
                    return NO_MORE_DOCS;
                }

                while (_min.Doc < _max.Doc)
                {
                    if (!AdvanceMin(_max.Doc))
                    {
                        return NO_MORE_DOCS;
                    }
                }

                _sloppyFreq = PhraseFreq();
                target = _min.Doc + 1;
            }
            while (_sloppyFreq == 0f);

            return _max.Doc;
        }

        public override float GetScore()
        {
            var raw = similarity.Tf(_sloppyFreq) * value;
            return norms is null ? raw : raw * norms[_max.Doc];
        }

        /// <summary>Both words sit on one document: walk the lesser position forward, scoring each slop-valid match.</summary>
        private float PhraseFreq()
        {
            _first.FirstPosition();
            _second.FirstPosition();
            var end = Math.Max(_first.Position, _second.Position);
            var freq = 0.0f;
            _matches = 0;
            var (pp, other) = _first.LessThan(_second) ? (_first, _second) : (_second, _first);
            var matchLength = end - pp.Position;
            var next = other.Position;
            while (pp.NextPosition())
            {
                if (pp.Position > end)
                {
                    end = pp.Position;
                }

                if (pp.Position > next)
                {
                    if (matchLength <= slop)
                    {
                        freq += similarity.SloppyFreq(matchLength);
                        _matches++;
                    }

                    (pp, other) = pp.LessThan(other) ? (pp, other) : (other, pp);
                    next = other.Position;
                    matchLength = end - pp.Position;
                }
                else if (end - pp.Position < matchLength)
                {
                    matchLength = end - pp.Position;
                }
            }

            if (matchLength <= slop)
            {
                freq += similarity.SloppyFreq(matchLength);
                _matches++;
            }

            return freq;
        }

        /// <summary>Advances the word behind; the two words take turns as the lesser (Lucene's cyclic list of two).</summary>
        private bool AdvanceMin(int target)
        {
            if (!_min.SkipTo(target))
            {
                _max = _min;
                return false;
            }

            (_min, _max) = (_max, _min);
            return true;
        }
    }
}
