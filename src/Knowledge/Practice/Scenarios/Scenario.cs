using CpcCoach.Knowledge.Practice.Scoring;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Practice.Scenarios;

/// <summary>One role-play, parsed from dialogs/scenarios/{id}.yaml (the README there describes every key).</summary>
public sealed record Scenario(
    string Id,
    string Title,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Frameworks,
    string Context,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<RubricItem> Rubric,
    IReadOnlyList<Persona> Personas)
{
    public Persona Persona(string id) => Personas.First(p => p.Id == id);
}

/// <summary>A person in the scenario: what they know, fear and hope, and how their emotion behaves.</summary>
public sealed record Persona(
    string Id,
    string Name,
    string Role,
    string Knows,
    string Fears,
    string Hopes,
    string Emotion,
    int Intensity,
    IReadOnlySet<Skill> CalmedBy,
    IReadOnlyDictionary<Skill, string> Triggers,
    IReadOnlyDictionary<LineKind, IReadOnlyList<string>> Lines)
{
    public string? Line(LineKind kind, int index = 0) =>
        Lines.TryGetValue(kind, out var lines) && lines.Count > 0 ? lines[index % lines.Count] : null;
}

/// <summary>What a persona can say; the scripted state machine picks one kind per turn.</summary>
public enum LineKind
{
    Opening,
    Understanding,
    Consent,
    News,
    Confused,
    Overwhelmed,
    Upset,
    Escalate,
    Calmer,
    Open,
    Closed,
    PlanCalm,
    PlanUpset,
    Interject,
}
