using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Practice.Roleplay;

/// <summary>
/// The scripted state machine: the detected skills and the scenario's triggers decide each persona's emotion
/// and which line they say. Emotions never fade on their own; only the statements a persona is calmed by lower
/// them, and reassurance or data aimed at a strong emotion keep it (or, when harder, raise it).
/// </summary>
public static partial class ScriptedPersonas
{
    public static RoleplayState Start(Scenario scenario, Difficulty difficulty) =>
        new([.. scenario.Personas.Select(p => new PersonaState(p.Id, difficulty == Difficulty.Gentle ? Math.Max(1, p.Intensity - 1) : p.Intensity))]);

    public static IReadOnlyList<PersonaReply> Opening(Scenario scenario) =>
        [.. scenario.Personas.Select(p => new PersonaReply(p.Id, p.Name, LineKind.Opening, p.Line(LineKind.Opening)!))];

    /// <summary>One learner turn: the new state and what the personas say back.</summary>
    public static (RoleplayState State, IReadOnlyList<PersonaReply> Replies) Respond(
        Scenario scenario, RoleplayState state, string learnerText, TurnSkills skills, Difficulty difficulty)
    {
        var responder = Responder(scenario, state, learnerText);
        var addressedAll = Everyone().IsMatch(learnerText);
        var next = state with { Turn = state.Turn + 1, NewsGiven = state.NewsGiven || skills.Has(Skill.WarningShot) };
        var replies = new List<PersonaReply>();
        var before = state.Of(responder.Id).Intensity;
        foreach (var persona in scenario.Personas)
        {
            if (persona.Id == responder.Id || addressedAll)
            {
                next = next.With(Feel(persona, next.Of(persona.Id), skills, difficulty));
            }
        }

        var after = next.Of(responder.Id);
        var (kind, text) = Choose(responder, before, after, skills, difficulty);
        next = next.With(kind switch
        {
            LineKind.Upset or LineKind.Escalate => after with { UpsetCount = after.UpsetCount + 1 },
            LineKind.Open => after with { OpenCount = after.OpenCount + 1 },
            _ => after,
        });
        replies.Add(new PersonaReply(responder.Id, responder.Name, kind, text));

        if (Interjector(scenario, next, responder, skills) is { } other)
        {
            replies.Add(new PersonaReply(other.Id, other.Name, LineKind.Interject, other.Line(LineKind.Interject)!));
        }

        return (next, replies);
    }

    private static PersonaState Feel(Persona persona, PersonaState current, TurnSkills skills, Difficulty difficulty)
    {
        var intensity = current.Intensity;
        // A turn that both names and validates does more than one that only names; harder levels ask for more turns.
        var calmingTypes = skills.Skills.Count(persona.CalmedBy.Contains);
        var calming = calmingTypes > 0;
        if (skills.Has(Skill.WarningShot) && !calming)
        {
            // Serious news stirs the feeling up again, even after it had settled.
            intensity = Math.Max(intensity, RoleplayState.Blocking);
        }

        if (calming)
        {
            intensity -= difficulty switch { Difficulty.Gentle => 2, Difficulty.Realistic => Math.Min(2, calmingTypes), _ => 1 };
        }
        else if (intensity > 0 && skills.Has(Skill.PrematureReassurance) && difficulty != Difficulty.Gentle)
        {
            intensity++;
        }
        else if (intensity >= RoleplayState.Blocking && skills.Has(Skill.InfoDump) && difficulty == Difficulty.Challenging)
        {
            intensity++;
        }

        return current with { Intensity = Math.Clamp(intensity, 0, 3) };
    }

    private static (LineKind Kind, string Text) Choose(Persona persona, int before, PersonaState after, TurnSkills skills, Difficulty difficulty)
    {
        string? Line(LineKind kind, int index = 0) => persona.Line(kind, index);
        string? Trigger(Skill skill) => skills.Has(skill) ? persona.Triggers.GetValueOrDefault(skill) : null;
        // On the challenging level an emotion has to be fully settled before the persona lets it go.
        var threshold = difficulty == Difficulty.Challenging ? 1 : RoleplayState.Blocking;
        var calmedNow = before >= threshold && after.Intensity < threshold;
        var blocked = after.Intensity >= threshold;

        if (skills.Has(Skill.InfoDump))
            return (LineKind.Overwhelmed, Trigger(Skill.InfoDump) ?? Line(LineKind.Overwhelmed) ?? "(Silence.) ...What does that mean?");
        if (skills.Has(Skill.Jargon) && !skills.AnyEmpathic)
            return (LineKind.Confused, Trigger(Skill.Jargon) ?? Line(LineKind.Confused) ?? "Sorry, what does that mean?");
        if (after.Intensity > 0 && skills.Has(Skill.PrematureReassurance))
            return (LineKind.Escalate, Trigger(Skill.PrematureReassurance) ?? Line(LineKind.Escalate) ?? Line(LineKind.Upset, after.UpsetCount)!);
        if (calmedNow || (before > 0 && after.Intensity == 0))
            return (LineKind.Calmer, Line(LineKind.Calmer)!);
        if (skills.Has(Skill.WarningShot) && Line(LineKind.News) is { } news)
            return (LineKind.News, Trigger(Skill.WarningShot) ?? news);
        if (skills.Has(Skill.Recommend) || skills.Has(Skill.SummarisePlan))
            return blocked
                ? (LineKind.PlanUpset, Trigger(Skill.Recommend) ?? Line(LineKind.PlanUpset) ?? Line(LineKind.Upset, after.UpsetCount)!)
                : (LineKind.PlanCalm, Line(LineKind.PlanCalm)!);
        if (blocked)
            return (LineKind.Upset, Line(LineKind.Upset, after.UpsetCount)!);
        if (skills.Has(Skill.AssessUnderstanding) && Line(LineKind.Understanding) is { } understanding)
            return (LineKind.Understanding, understanding);
        if (skills.Has(Skill.AskPermission) && Line(LineKind.Consent) is { } consent)
            return (LineKind.Consent, consent);
        if (skills.Has(Skill.ClosedQuestion) && !skills.Has(Skill.OpenQuestion))
            return (LineKind.Closed, Trigger(Skill.ClosedQuestion) ?? Line(LineKind.Closed) ?? "Yes.");
        return (LineKind.Open, Line(LineKind.Open, after.OpenCount)!);
    }

    // Family members speak to whoever the learner named; otherwise the most upset one answers.
    private static Persona Responder(Scenario scenario, RoleplayState state, string learnerText)
    {
        var named = scenario.Personas.FirstOrDefault(p =>
            learnerText.Contains(FirstName(p.Name), StringComparison.OrdinalIgnoreCase) && FirstName(p.Name).Length > 2);
        return named ?? scenario.Personas.OrderByDescending(p => state.Of(p.Id).Intensity).First();
    }

    // A second family member who is still upset cuts in when the learner moves on to plans or news without them.
    private static Persona? Interjector(Scenario scenario, RoleplayState state, Persona responder, TurnSkills skills) =>
        scenario.Personas.FirstOrDefault(p => p.Id != responder.Id
            && p.Line(LineKind.Interject) is not null
            && state.Of(p.Id).Intensity >= RoleplayState.Blocking
            && (skills.Has(Skill.Recommend) || skills.Has(Skill.SummarisePlan) || skills.Has(Skill.WarningShot) || state.Turn % 3 == 0));

    private static string FirstName(string name) => name.Split(' ', '(')[0] is var first && first is "Mr" or "Mrs" or "Ms" ? name.Split(' ')[1] : first;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(both of you|you both|all of you|everyone|your family)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Everyone();
}
