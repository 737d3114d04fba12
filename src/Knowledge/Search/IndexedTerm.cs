using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// One term of one field of the read-only index with everything a query needs, computed once at startup: where its
/// postings start (<see cref="State"/>), its statistics and its idf, so a query never seeks the term dictionary.
/// </summary>
internal sealed class IndexedTerm(Term term, TermContext context, float idf)
{
    public Term Term { get; } = term;

    public BytesRef Bytes { get; } = term.Bytes;

    /// <summary>Statistics as <see cref="Lucene.Net.Search.TermQuery"/> takes them (kept for the reference query path).</summary>
    public TermContext Context { get; } = context;

    /// <summary><c>Similarity.Idf(docFreq, maxDoc)</c>: what <c>ComputeWeight</c> would compute on every query.</summary>
    public float Idf { get; } = idf;
}
