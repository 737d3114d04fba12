using System.Text.RegularExpressions;
using CpcCoach.Knowledge.Routing;

namespace CpcCoach.Knowledge.Tests.Routing;

/// <summary>The cue patterns are code built with the bot, all matched the same way.</summary>
public sealed class CueTests
{
    public static TheoryData<string> Lists => ["intents", "framework mentions", "framework situations"];

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryCue_IsSourceGenerated_WithTheSharedOptionsAndTimeout(string list)
    {
        var cues = CuesIn(list);

        Assert.NotEmpty(cues);
        Assert.All(cues, cue =>
        {
            // A [GeneratedRegex] is its own subclass of Regex; one built at run time is a plain Regex.
            Assert.NotEqual(typeof(Regex), cue.Pattern.GetType());
            Assert.Equal(Cue.Options, cue.Pattern.Options);
            Assert.Equal(TimeSpan.FromMilliseconds(Cue.TimeoutMilliseconds), cue.Pattern.MatchTimeout);
        });
    }

    [Fact]
    public void A_ShortFamilyMeetingMessage_IsEvidence_ForPreparingAConversation_AndAFrameworkForMeetings()
    {
        const string text = "fam mtg in 10 min, daughter wants everything done";

        Assert.Contains(IntentCues.All, cue => cue.Target == Intents.PrepareConversation && cue.Pattern.IsMatch(text));
        Assert.DoesNotContain(IntentCues.All, cue => cue.Target == Intents.GreetingHelp && cue.Pattern.IsMatch(text));
    }

    private static IReadOnlyList<Cue> CuesIn(string list) => list switch
    {
        "intents" => IntentCues.All,
        "framework mentions" => FrameworkCues.Mentions,
        _ => FrameworkCues.Situations,
    };
}
