namespace CpcCoach.Knowledge.Practice.Roleplay;

/// <summary>How persistent emotions are: gentle settles fast, challenging needs more and punishes reassurance.</summary>
public enum Difficulty
{
    Gentle,
    Realistic,
    Challenging,
}

/// <summary>One persona's emotional state. Intensity 2 or more blocks content: they cannot take in facts yet.</summary>
public sealed record PersonaState(string PersonaId, int Intensity, int UpsetCount = 0, int OpenCount = 0);

/// <summary>Where the role-play is: every persona's state and how many learner turns have happened.</summary>
public sealed record RoleplayState(IReadOnlyList<PersonaState> Personas, int Turn = 0, bool NewsGiven = false)
{
    public const int Blocking = 2;

    public PersonaState Of(string personaId) => Personas.First(p => p.PersonaId == personaId);

    public RoleplayState With(PersonaState changed) =>
        this with { Personas = [.. Personas.Select(p => p.PersonaId == changed.PersonaId ? changed : p)] };
}

/// <summary>What a persona said, and which branch of the state machine produced it (for tests and hints).</summary>
public sealed record PersonaReply(string PersonaId, string Name, Scenarios.LineKind Kind, string Text);
