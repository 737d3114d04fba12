using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>The whole path: /api/messages → routing → answer → grounded model reply, over expectReplies.</summary>
public sealed class MessageHookTests
{
    private const string Question = "pt on rounds: \"just tell me straight doc, am I dying?\" — w 8 people standing around the bed. what do i do in that moment";

    [Fact]
    public async Task CoachingQuestion_WithAModel_IsAnsweredFromTheEntriesWithLabelCitationAndRouting()
    {
        await using var h = await ModelHarness.StartAsync();

        var replies = await h.App.Conversation().Send(Question);

        var answer = Assert.Single(replies.Messages, m => m["entities"]?.AsArray().Any(e => (string?)e!["type"] == "https://schema.org/Message") == true);
        Assert.StartsWith(h.Server.AnswerText, (string?)answer["text"]);
        Assert.Contains(answer["entities"]!.AsArray(), e => (string?)e!["type"] == "routing");
        Assert.Single(h.Server.Requests);
        Assert.DoesNotContain(replies.Activities, a => (string?)a!["type"] == "typing");
    }

    [Fact]
    public async Task OutOfScopeQuestion_WithAModel_IsDeclinedAsBefore_AndNeverReachesIt()
    {
        await using var h = await ModelHarness.StartAsync();

        var replies = await h.App.Conversation().Send("what's the midazolam dose for palliative sedation for refractory agitation? pt is ~60kg");

        Assert.NotEmpty(replies.Messages);
        Assert.Empty(h.Server.Requests);
    }
}
