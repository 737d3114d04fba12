using CpcCoach.Knowledge.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CpcCoach.Knowledge.Tests.Search;

/// <summary>
/// The straightforward query path that <see cref="KnowledgeIndex.Search"/> replaced: Lucene's own TermQuery and
/// PhraseQuery, built per message exactly as before. The fast path must give the same hits, order and scores.
/// </summary>
internal static class ReferenceSearch
{
    public static IReadOnlyList<SearchHit> Search(KnowledgeIndex index, string text, int max)
    {
        var terms = index.AnalyzeQuery(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var term in terms)
        {
            foreach (var (field, boost) in IndexFields.Weighted)
            {
                if (index.Known(field, term) is { } known)
                {
                    query.Add(new TermQuery(new Term(field, term), known.Context) { Boost = boost }, Occur.SHOULD);
                }
            }

            if (term.Length >= 5 && index.Known(IndexFields.All, term) is null)
            {
                query.Add(FuzzyExpansions.Fuzzy(term), Occur.SHOULD);
            }
        }

        for (var i = 0; i + 1 < Math.Min(terms.Count, KnowledgeIndex.MaxPhraseTerms); i++)
        {
            if (index.Known(IndexFields.All, terms[i]) is null || index.Known(IndexFields.All, terms[i + 1]) is null)
            {
                continue;
            }

            var phrase = new PhraseQuery { Slop = 1, Boost = 2.0f };
            phrase.Add(new Term(IndexFields.All, terms[i]));
            phrase.Add(new Term(IndexFields.All, terms[i + 1]));
            query.Add(phrase, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? [] : index.Run(query, max);
    }
}
