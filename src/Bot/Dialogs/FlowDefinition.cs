using System.Collections.Frozen;

namespace CpcCoach.Bot.Dialogs;

/// <summary>One flow file from dialogs/: an id, a version that live state remembers, and its steps in order.</summary>
public sealed record FlowDefinition(string Id, int Version, string Title, string File, IReadOnlyList<Step> Steps)
{
    private FrozenDictionary<string, int>? _index;

    private FrozenDictionary<string, int> Index => _index ??= Steps
        .Select((step, i) => (step.Id, i))
        .DistinctBy(p => p.Id)
        .ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    public Step First => Steps[0];

    public Step? Find(string stepId) => Index.TryGetValue(stepId, out var i) ? Steps[i] : null;

    /// <summary>Where the flow goes after <paramref name="step"/>: its explicit next, or the following step; null at the end.</summary>
    public string? After(Step step) =>
        step.Next ?? (Index.TryGetValue(step.Id, out var i) && i + 1 < Steps.Count ? Steps[i + 1].Id : null);
}
