using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// The index's single read-only segment as the fast queries read it: each field's norm factors decoded once, and
/// per thread the postings enumerators that Lucene would otherwise allocate afresh for every clause of every query
/// (a terms enum with its frames and FST arcs, and block buffers per clause). Search runs synchronously, so one
/// thread's enumerators serve one query at a time; <see cref="Begin"/> hands them out again from the first.
/// </summary>
internal sealed class FrozenSegment : IDisposable
{
    private readonly AtomicReader? _reader;
    private readonly FrozenDictionary<string, float[]?> _norms;
    private readonly ThreadLocal<Postings> _postings;

    public FrozenSegment(DirectoryReader reader, IEnumerable<string> fields, TFIDFSimilarity similarity)
    {
        // The index is force-merged into one segment, so enumerators need no per-segment bookkeeping.
        if (reader.Leaves.Count > 1)
        {
            throw new InvalidOperationException($"The knowledge index must have one segment, not {reader.Leaves.Count}.");
        }

        _reader = reader.Leaves.Count == 1 ? reader.Leaves[0].AtomicReader : null;
        _norms = fields.ToFrozenDictionary(f => f, f => Decode(_reader?.GetNormValues(f), reader.MaxDoc, similarity), StringComparer.Ordinal);
        _postings = new ThreadLocal<Postings>(() => new Postings(this));
        Similarity = similarity;
    }

    public TFIDFSimilarity Similarity { get; }

    /// <summary>The searcher's similarity, which must be the one the idf and norm factors were computed with.</summary>
    public TFIDFSimilarity SimilarityFor(Lucene.Net.Search.IndexSearcher searcher) =>
        ReferenceEquals(searcher.Similarity, Similarity)
            ? Similarity
            : throw new InvalidOperationException("Frozen queries must run on a searcher with the similarity they were built for.");

    /// <summary>This thread's enumerators, handed out from the first again: call once at the start of each search.</summary>
    public void Begin() => _postings.Value!.Begin();

    /// <summary><c>Similarity.DecodeNormValue</c> of each document's norm for the field; null when it has none.</summary>
    public float[]? Norms(string field) => _norms[field];

    /// <summary>This thread's next free docs-and-freqs enumerator, positioned on the term's postings.</summary>
    public DocsEnum Docs(IndexedTerm term, IBits? acceptDocs) => _postings.Value!.Docs(term, acceptDocs);

    /// <summary>This thread's next free positions enumerator, positioned on the term's postings.</summary>
    public DocsAndPositionsEnum Positions(IndexedTerm term, IBits? acceptDocs) => _postings.Value!.Positions(term, acceptDocs);

    public void Dispose() => _postings.Dispose();

    private static float[]? Decode(NumericDocValues? norms, int maxDoc, TFIDFSimilarity similarity)
    {
        if (norms is null)
        {
            return null;
        }

        var factors = new float[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            factors[doc] = similarity.DecodeNormValue(norms.Get(doc));
        }

        return factors;
    }

    /// <summary>One thread's reusable enumerators: a terms enum per field, and as many postings enums as a query has clauses.</summary>
    private sealed class Postings(FrozenSegment segment)
    {
        private readonly Dictionary<string, TermsEnum> _termsEnums = new(StringComparer.Ordinal);
        private readonly List<DocsEnum> _docs = [];
        private readonly List<DocsAndPositionsEnum> _positions = [];
        private int _docsUsed;
        private int _positionsUsed;

        public void Begin() => (_docsUsed, _positionsUsed) = (0, 0);

        public DocsEnum Docs(IndexedTerm term, IBits? acceptDocs)
        {
            var reuse = _docsUsed < _docs.Count ? _docs[_docsUsed] : null;
            var docs = Seek(term).Docs(acceptDocs, reuse, DocsFlags.FREQS);
            Keep(_docs, _docsUsed++, docs);
            return docs;
        }

        public DocsAndPositionsEnum Positions(IndexedTerm term, IBits? acceptDocs)
        {
            var reuse = _positionsUsed < _positions.Count ? _positions[_positionsUsed] : null;
            var positions = Seek(term).DocsAndPositions(acceptDocs, reuse, DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"Field '{term.Term.Field}' was indexed without positions.");
            Keep(_positions, _positionsUsed++, positions);
            return positions;
        }

        private TermsEnum Seek(IndexedTerm term)
        {
            var field = term.Term.Field;
            if (!_termsEnums.TryGetValue(field, out var termsEnum))
            {
                var terms = segment._reader?.GetTerms(field) ?? throw new InvalidOperationException($"The index has no field '{field}'.");
                _termsEnums[field] = termsEnum = terms.GetEnumerator();
            }

            // The saved term state points straight at the postings: no term dictionary lookup.
            termsEnum.SeekExact(term.Bytes, term.Context.Get(0));
            return termsEnum;
        }

        private static void Keep<T>(List<T> pool, int slot, T item)
        {
            if (slot < pool.Count)
            {
                pool[slot] = item;
            }
            else
            {
                pool.Add(item);
            }
        }
    }
}
