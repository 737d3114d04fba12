using CpcCoach.Knowledge.Practice.Roleplay;
using CpcCoach.Knowledge.Practice.Scenarios;

namespace CpcCoach.Knowledge.Tests.Practice;

public sealed class EmotionPersistenceTests
{
    private static readonly Scenario DoEverything = ScenarioLibrary.Load().Find("do_everything")!;

    [Fact]
    public void AngryRelative_StaysAngryThroughReassuranceAndData_CalmsAfterNaming()
    {
        var (turns, state) = PracticeRun.Play(DoEverything,
        [
            "Don't worry, he's in good hands.",
            "His oxygen is 88 percent, the chest X-ray shows pneumonia in both lungs, his white count is 19, and antibiotics fail in about 40 percent of cases like this, and CPR survival is under 5 percent, and even if he survives this he will probably need a feeding tube and a long stay in a nursing home.",
            "It'll be okay, we'll do what we can.",
            "I can see you're really angry about that phone call, and anyone would be.",
        ]);

        Assert.Equal(LineKind.Escalate, turns[0].Replies[0].Kind);
        Assert.Equal(LineKind.Overwhelmed, turns[1].Replies[0].Kind);
        Assert.Equal(LineKind.Escalate, turns[2].Replies[0].Kind);
        Assert.True(turns[3].EmotionWasBlocking);
        Assert.Equal(LineKind.Calmer, turns[3].Replies[0].Kind);
        Assert.True(state.Of("emeka").Intensity < RoleplayState.Blocking);
    }

    [Theory]
    [InlineData(Difficulty.Gentle, 1)]
    [InlineData(Difficulty.Realistic, 2)]
    [InlineData(Difficulty.Challenging, 3)]
    public void Difficulty_ChangesHowManyValidatingStatementsItTakes(Difficulty difficulty, int needed)
    {
        var lines = new List<string> { "Don't worry, he's in good hands." };
        lines.AddRange(Enumerable.Repeat("I can see you're really angry.", 3));

        var (turns, _) = PracticeRun.Play(DoEverything, lines, difficulty);

        var calmedAt = turns.Select((t, i) => (t, i)).First(p => p.t.Replies[0].Kind == LineKind.Calmer).i;
        Assert.Equal(needed, calmedAt);
    }

    [Fact]
    public void Jargon_GetsConfusion_AndEmotionDoesNotFadeOnItsOwn()
    {
        var (turns, state) = PracticeRun.Play(DoEverything, ["We need to discuss code status.", "Okay.", "Right."]);

        Assert.Equal(LineKind.Confused, turns[0].Replies[0].Kind);
        Assert.Equal(LineKind.Upset, turns[2].Replies[0].Kind);
        Assert.Equal(2, state.Of("emeka").Intensity);
    }
}
