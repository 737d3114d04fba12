namespace CpcCoach.Knowledge.Search;

/// <summary>Indexed fields and their query boosts: a match in a title, tag or synonym says more than one in the body.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string All = "all";

    public static readonly IReadOnlyList<(string Name, float Boost)> Weighted =
    [
        ("title", 3.0f),
        ("tags", 2.5f),
        ("synonyms", 3.0f),
        ("headline", 1.5f),
        ("body", 0.5f),
    ];
}
