using CpcCoach.Bot.Model;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>The prompt allows only the retrieved entries; unsupported questions get the closest tip, never an invention.</summary>
public sealed class GroundingTests
{
    [Fact]
    public async Task Prompt_CarriesTheRulesAndTheEntries_AndTheUserTextOnlyInTheUserMessage()
    {
        await using var h = await ModelHarness.StartAsync();

        await h.AskAsync("how do I bring up hospice with a family who isn't ready?");

        var request = Assert.Single(h.Server.Requests);
        Assert.StartsWith(GroundedPrompt.Rules, request.System);
        Assert.Contains("[1] " + h.Knowledge.Entries[0].Title, request.System);
        Assert.DoesNotContain("hospice with a family", request.System);
        Assert.Equal("<clinician_message>\nhow do I bring up hospice with a family who isn't ready?\n</clinician_message>", request.User);
    }

    [Fact]
    public async Task NotCovered_SaysSoAndOffersTheClosestEntrysOwnTip()
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.AnswerText = "NOT_COVERED";

        var turn = await h.AskAsync("what should I say when the family asks about the parking validation?");

        Assert.Equal(ModelReplies.NotCovered(h.Knowledge.Entries[0]), turn.Final.Text!.Split("\n\n")[0]);
        Assert.Contains(h.Knowledge.Entries[0].Headline, turn.Final.Text);
    }

    [Theory]
    [InlineData("Just tell them it will be fine.")]
    [InlineData("Use the approach in entry [7].")]
    public async Task UncitedOrInventedCitations_FallBack(string answer)
    {
        await using var h = await ModelHarness.StartAsync();
        h.Server.AnswerText = answer;

        var turn = await h.AskAsync("how do I respond to anger in a family meeting?");

        Assert.True(turn.FellBack);
    }
}
