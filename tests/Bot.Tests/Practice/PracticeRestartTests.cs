using System.Text.Encodings.Web;
using System.Text.Json;
using CpcCoach.Bot.Tests.State;
using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.Practice;

/// <summary>With Redis, a role-play survives the bot process restarting between two lines, as dialogs do (State/RestartTests).</summary>
public sealed class PracticeRestartTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task RolePlay_WhenTheBotRestartsMidSession_ThePersonaAnswersInContext_AndFeedbackQuotesLinesFromBefore()
    {
        if (RedisTestServer.ConnectionString() is not { } redis)
        {
            return;
        }

        var prefix = RedisTestServer.NewPrefix();
        var conversationId = $"practice-restart-{Guid.NewGuid():N}";
        await using (var before = new BotApp().With("State:Redis", redis).With("State:KeyPrefix", prefix))
        {
            var chat = before.Conversation(conversationId);
            await chat.Send("practise do_everything");
            Assert.Contains("Don't tell me he's in good hands", (await chat.Send("Don't worry, he's in good hands.")).AllText, StringComparison.Ordinal);
            Assert.Contains("Yes. I'm angry", (await chat.Send("I can see you're really angry about that phone call, and anyone would be.")).AllText, StringComparison.Ordinal);
        }

        await using var after = new BotApp().With("State:Redis", redis).With("State:KeyPrefix", prefix);
        var resumed = after.Conversation(conversationId);
        var answer = await SendAfterRestart(resumed, "What did your father care about most?");
        var feedback = await SendAfterRestart(resumed, "stop");

        // Emeka was calmed before the restart; still upset, he would not open up to a question about his father.
        Assert.Contains("Emeka:** He was a schoolteacher", answer.AllText, StringComparison.Ordinal);
        var card = Assert.Single(feedback.Cards).ToJsonString(Readable);
        Assert.Contains("Feedback:", card, StringComparison.Ordinal);
        Assert.Contains("you said \\\"Don't worry, he's in good hands.\\\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolePlay_WithMemoryState_IsGoneAfterARestart()
    {
        var conversationId = $"practice-restart-mem-{Guid.NewGuid():N}";
        await using (var before = new BotApp())
        {
            var chat = before.Conversation(conversationId);
            await chat.Send("practise do_everything");
            await chat.Send("I can see you're really angry about that phone call, and anyone would be.");
        }

        await using var after = new BotApp();
        var replies = await SendAfterRestart(after.Conversation(conversationId), "What did your father care about most?");

        Assert.NotEmpty(replies.Messages);
        Assert.DoesNotContain("Emeka:", replies.AllText, StringComparison.Ordinal);
    }

    // Activity ids restart at act-1 in a new Conversation helper; a fresh id keeps a message from reading as a retry.
    private static Task<Replies> SendAfterRestart(Conversation chat, string text)
    {
        var message = chat.Message(text);
        message["id"] = $"after-restart-{Guid.NewGuid():N}";
        return chat.Post(message);
    }
}
