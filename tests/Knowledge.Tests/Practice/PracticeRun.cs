using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Scenarios;
using CpcCoach.Knowledge.Practice.Scoring;
using CpcCoach.Knowledge.Practice.Skills;

namespace CpcCoach.Knowledge.Tests.Practice;

/// <summary>Plays learner lines through the scripted personas, keeping the turns the scorer needs.</summary>
internal static class PracticeRun
{
    public static (IReadOnlyList<PracticeTurn> Turns, RoleplayState State) Play(Scenario scenario, IEnumerable<string> lines, Difficulty difficulty = Difficulty.Realistic)
    {
        var state = ScriptedPersonas.Start(scenario, difficulty);
        var turns = new List<PracticeTurn>();
        foreach (var line in lines)
        {
            var skills = SkillDetector.Detect(line);
            var blocking = state.Personas.Any(p => p.Intensity >= RoleplayState.Blocking);
            (state, var replies) = ScriptedPersonas.Respond(scenario, state, line, skills, difficulty);
            turns.Add(new PracticeTurn(line, skills, replies, blocking));
        }

        return (turns, state);
    }
}
