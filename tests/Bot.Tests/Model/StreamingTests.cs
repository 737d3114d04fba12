using System.Text.Json;
using CpcCoach.Bot.Model;
using CpcCoach.Bot.Protocol;

namespace CpcCoach.Bot.Tests.Model;

/// <summary>Teams streaming (brief §6.6): informative first, throttled extending chunks, final with citations; expectReplies gets only the final.</summary>
public sealed class StreamingTests
{
    private const string Question = "how do I answer when the patient asks am I dying?";

    private const string LongAnswer =
        "Pause first and let the question land. Name what you notice, for example that this feels frightening [1]. " +
        "Then ask what they have been thinking about [1]. Offer to stay with them while they take it in [1].";

    private static async Task<ModelHarness> StreamingHarness()
    {
        // No throttle here, so every finished sentence is a chunk; TeamsStreamTests checks the throttle on a fake clock.
        var h = await ModelHarness.StartAsync("AzureOpenAI", app => app.With("Model:StreamInterval", "00:00:00"));
        h.Server.AnswerText = LongAnswer;
        return h;
    }

    [Fact]
    public async Task TeamsPersonal_StreamsInformativeThenExtendingChunksThenFinal()
    {
        await using var h = await StreamingHarness();

        var turn = await h.AskAsync(Question, channelId: "msteams", conversationType: "personal", expectReplies: false);

        var first = turn.Sent[0];
        Assert.Equal(ActivityTypes.Typing, first.Type);
        Assert.Equal(TeamsStream.Informative, first.Text);
        Assert.Equal(new StreamAssert.StreamInfo("informative", null, 1), StreamAssert.Info(first));

        var chunks = turn.Sent.Skip(1).TakeWhile(a => a.Type == ActivityTypes.Typing).ToList();
        Assert.Equal(4, chunks.Count);
        var previousText = string.Empty;
        var previousSequence = 1;
        foreach (var chunk in chunks)
        {
            var info = StreamAssert.Info(chunk);
            Assert.Equal("streaming", info.Type);
            Assert.Equal("sent-1", info.StreamId);
            Assert.True(info.Sequence > previousSequence, "streamSequence must strictly increase");
            Assert.StartsWith(previousText, chunk.Text);
            Assert.True(chunk.Text!.Length > previousText.Length);
            previousText = chunk.Text;
            previousSequence = info.Sequence!.Value;
        }

        var final = turn.Sent[^1];
        Assert.Equal(ActivityTypes.Message, final.Type);
        Assert.Equal(LongAnswer, final.Text);
        Assert.StartsWith(previousText, final.Text);
        Assert.Equal(new StreamAssert.StreamInfo("final", "sent-1", null), StreamAssert.Info(final));
        AssertAiMessage(final);
    }

    [Fact]
    public async Task TeamsPersonal_UnderExpectReplies_ReturnsOnlyTheFinalMessage()
    {
        await using var h = await StreamingHarness();

        var turn = await h.AskAsync(Question, channelId: "msteams", conversationType: "personal", expectReplies: true);

        var only = Assert.Single(turn.Sent);
        Assert.Equal(ActivityTypes.Message, only.Type);
        Assert.Equal(LongAnswer, only.Text);
        Assert.DoesNotContain(only.Entities ?? [], e => e.Type == "streaminfo");
        AssertAiMessage(only);
    }

    [Fact]
    public async Task WebChat_ShowsTypingWhileWaiting_ThenTheAnswerWithVisibleSources()
    {
        await using var h = await StreamingHarness();

        var turn = await h.AskAsync(Question, channelId: "webchat", expectReplies: false);

        Assert.Collection(turn.Sent, a => Assert.Equal(ActivityTypes.Typing, a.Type), a => Assert.Equal(ActivityTypes.Message, a.Type));
        Assert.StartsWith(LongAnswer, turn.Final.Text);
        Assert.Contains("AI generated", turn.Final.Text);
        Assert.Contains("[1] " + h.Knowledge.Entries[0].Title, turn.Final.Text);
    }

    private static void AssertAiMessage(Activity final)
    {
        var ai = StreamAssert.AiMessage(final).Extra!;
        Assert.Equal("AIGeneratedContent", ai["additionalType"][0].GetString());
        var citation = Assert.Single(ai["citation"].EnumerateArray());
        Assert.Equal(1, citation.GetProperty("position").GetInt32());
        Assert.True(final.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.Contains(final.Entities!, e => e.Type == "routing");
        Assert.Equal(JsonValueKind.String, citation.GetProperty("appearance").GetProperty("name").ValueKind);
    }
}
