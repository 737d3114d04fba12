using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Cards;
using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Practice;

/// <summary>A whole practice session through /api/messages with expectReplies, as Web Chat and Direct Line send it.</summary>
public sealed class PracticeConversationTests : IDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly BotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task PracticeRequest_ShowsScenarioChoiceCard()
    {
        var replies = await _app.Conversation().Send("practise breaking bad news");

        var card = Assert.Single(replies.Cards);
        Assert.Contains("Input.ChoiceSet", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("serious_news_scan", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task FullSession_StaysUnderCardBudgetOnEveryTurn_AndQuotesTheLearner(string channelId)
    {
        var conversation = _app.Conversation(channelId: channelId);
        var turns = new List<Replies>
        {
            await conversation.Send("role play a family meeting"),
            await conversation.Post(Start(conversation, "do_everything", "realistic")),
            await conversation.Send("Don't worry, he's in good hands."),
            await conversation.Send("hint"),
            await conversation.Send("We need to discuss code status. Is he DNR?"),
            await conversation.Send("time out"),
            await conversation.Send("I can see you're really angry about that phone call, and anyone would be."),
            await conversation.Send("What did your father care about most?"),
            await conversation.Send("stop"),
        };

        foreach (var replies in turns)
        {
            Assert.True(replies.Messages.Any(), "every turn answers");
            Assert.All(replies.Messages, m => Assert.True(Encoding.UTF8.GetByteCount(m.ToJsonString()) < AdaptiveCards.MaxCardBytes));
        }

        Assert.Contains("Emeka", turns[1].AllText, StringComparison.Ordinal);
        Assert.Contains("Don't tell me he's in good hands", turns[2].AllText, StringComparison.Ordinal);
        Assert.Contains("Hint", turns[3].AllText, StringComparison.Ordinal);
        Assert.Contains("Time out", turns[5].AllText, StringComparison.Ordinal);
        Assert.Contains("Yes. I'm angry", turns[6].AllText, StringComparison.Ordinal);
        var feedback = Assert.Single(turns[8].Cards).ToJsonString(Readable);
        Assert.Contains("Don't worry, he's in good hands.", feedback, StringComparison.Ordinal);
        Assert.Contains("nurse", feedback, StringComparison.Ordinal);

        var progress = await conversation.Send("my progress");
        Assert.Contains("Do everything", Assert.Single(progress.Cards).ToJsonString(Readable), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChannelWithoutCards_GetsEveryPracticeCardAsReadableText()
    {
        var sms = _app.Conversation(channelId: "sms");

        var choice = await sms.Send("practise breaking bad news");
        var start = await sms.Send(TypedFrom(choice, "do_everything"));
        await sms.Send("Don't worry, he's in good hands.");
        await sms.Send("I can see you're really angry about that phone call, and anyone would be.");
        var feedback = await sms.Send("stop");
        var progress = await sms.Send("my progress");

        foreach (var replies in new[] { choice, start, feedback, progress })
        {
            Assert.Empty(replies.Cards);
            Assert.All(replies.Messages, m => Assert.Null(m["attachments"]));
        }

        Assert.Contains("**Practise a conversation**", choice.AllText, StringComparison.Ordinal);
        Assert.Contains("type **practise serious_news_scan**", choice.AllText, StringComparison.Ordinal);
        Assert.Contains("**challenging**", choice.AllText, StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(choice.Messages)["suggestedActions"]!["actions"]!.AsArray().Count);
        Assert.Contains("Emeka:", start.AllText, StringComparison.Ordinal);
        Assert.Contains("**Feedback:", feedback.AllText, StringComparison.Ordinal);
        Assert.Contains("- Responded to emotion before more information: ", feedback.AllText, StringComparison.Ordinal);
        Assert.Contains("you said \"Don't worry, he's in good hands.\"", feedback.AllText, StringComparison.Ordinal);
        Assert.Contains("Type **replay**", feedback.AllText, StringComparison.Ordinal);
        Assert.Contains("**My practice progress**", progress.AllText, StringComparison.Ordinal);
        Assert.Contains("an angry son in the hallway (realistic): ", progress.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_AfterFeedback_RestartsTheQuotedMoment()
    {
        var conversation = _app.Conversation();
        await conversation.Send("practise nurse_bedside_dying challenging");
        await conversation.Send("No, no, you're going to be just fine.");
        await conversation.Send("Are you in pain?");
        await conversation.Send("stop");

        var replay = await conversation.Send("replay");
        var next = await conversation.Send("It sounds like you're frightened.");

        Assert.Contains("Replaying from your line", replay.AllText, StringComparison.Ordinal);
        Assert.Contains("Peter", next.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfHarmDuringRolePlay_StepsOutOfCharacterWithResources_AndEndsTheScenario()
    {
        var conversation = _app.Conversation();
        await conversation.Send("practise nurse_bedside_dying");

        var replies = await conversation.Send("honestly I want to kill myself");
        var after = await conversation.Send("What scares you most?");

        Assert.Contains(Knowledge.Safety.SafetyTexts.CrisisResources, replies.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Peter:", after.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_IsKeptInTheDistributedCacheStore()
    {
        var conversation = _app.Conversation();
        await conversation.Send("practise do_everything");

        var store = _app.Services.GetRequiredService<PracticeStore>();
        var session = await store.LoadSessionAsync("test", conversation.Id, CancellationToken.None);

        Assert.NotNull(session);
        Assert.Equal("do_everything", session.ScenarioId);
        Assert.False(session.Finished);
    }

    /// <summary>What the text version of the choice card tells the learner to type for <paramref name="scenario"/>.</summary>
    private static string TypedFrom(Replies choice, string scenario)
    {
        var line = choice.AllText.Split('\n').Single(l => l.EndsWith($"type **practise {scenario}**", StringComparison.Ordinal));
        return line[(line.LastIndexOf("type **", StringComparison.Ordinal) + 7)..^2];
    }

    private static JsonObject Start(Conversation conversation, string scenario, string difficulty)
    {
        var activity = conversation.Message(string.Empty);
        activity["value"] = new JsonObject { [PracticeCards.StartMarker] = true, ["scenario"] = scenario, ["difficulty"] = difficulty };
        return activity;
    }
}
