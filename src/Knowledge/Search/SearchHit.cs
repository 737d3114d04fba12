using CpcCoach.Knowledge.Entries;

namespace CpcCoach.Knowledge.Search;

/// <summary>An entry that matched a query; <see cref="Relative"/> is the score as a fraction of the best hit's.</summary>
public sealed record SearchHit(KnowledgeEntry Entry, float Score, float Relative);
