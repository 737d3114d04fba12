using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CpcCoach.Knowledge.Search;

/// <summary>
/// Lucene's own fuzzy rewrite of words the index has never seen, kept per word. The index never changes, so a word's
/// expansion (the indexed words within its edit distance, each with its boost) never does either, and working it
/// out (Levenshtein automata and a walk of the term dictionary) costs about 200 KB per word per query. The kept
/// query is the rewrite's end result with <see cref="FrozenTermQuery"/> in place of TermQuery, so it scores the same.
/// Bounded: when full it starts again empty, since unknown words in chat are an open set.
/// </summary>
internal sealed class FuzzyExpansions(IndexReader reader, Func<string, string, IndexedTerm?> known, FrozenSegment segment)
{
    /// <summary>Far more distinct unknown words than a day of chat brings; each entry is a few small objects.</summary>
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Query> _expansions = new(StringComparer.Ordinal);

    /// <summary>The query that matches the indexed words close to this one, scored as <see cref="Fuzzy"/> would be.</summary>
    public Query For(string term)
    {
        if (_expansions.TryGetValue(term, out var expansion))
        {
            return expansion;
        }

        expansion = Freeze(Rewrite(Fuzzy(term)));
        if (_expansions.Count >= Capacity)
        {
            _expansions.Clear();
        }

        return _expansions.GetOrAdd(term, expansion);
    }

    /// <summary>Misspelt longer words may be two edits away; shorter ones one, and the first letter must match.</summary>
    public static FuzzyQuery Fuzzy(string term) =>
        new(new Term(IndexFields.All, term), term.Length >= 8 ? 2 : 1, 1) { Boost = 0.8f };

    /// <summary>Rewrites until nothing changes, as <see cref="IndexSearcher.Rewrite"/> does for every query it runs.</summary>
    private Query Rewrite(Query query)
    {
        for (var rewritten = query.Rewrite(reader); rewritten != query; rewritten = query.Rewrite(reader))
        {
            query = rewritten;
        }

        return query;
    }

    private Query Freeze(Query query)
    {
        switch (query)
        {
            case TermQuery term when known(term.Term.Field, term.Term.Text) is { } indexed:
                return new FrozenTermQuery(indexed, segment) { Boost = term.Boost };
            case BooleanQuery boolean:
                var frozen = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in boolean.Clauses)
                {
                    frozen.Add(Freeze(clause.Query), clause.Occur);
                }

                return frozen;
            default:
                return query;
        }
    }
}
