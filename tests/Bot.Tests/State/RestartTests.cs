using CpcCoach.Bot.Tests.Support;

namespace CpcCoach.Bot.Tests.State;

/// <summary>With Redis, a dialog survives the bot process restarting between two answers.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Dialog_WhenTheBotRestartsMidWay_ContinuesWhereItWas()
    {
        if (RedisTestServer.ConnectionString() is not { } redis)
        {
            return;
        }

        var prefix = RedisTestServer.NewPrefix();
        var conversationId = $"restart-{Guid.NewGuid():N}";
        await using (var before = new BotApp().With("State:Redis", redis).With("State:KeyPrefix", prefix))
        {
            var chat = before.Conversation(conversationId);
            await chat.Send("prepare a conversation");
            Assert.Contains("What do they already understand?", CardText(await chat.Send("goals of care")) + CardText(await chat.Send("the patient")), StringComparison.Ordinal);
        }

        await using var after = new BotApp().With("State:Redis", redis).With("State:KeyPrefix", prefix);
        var resumed = after.Conversation(conversationId);
        var message = resumed.Message("some of it");
        // Activity ids restart at act-1 in a new Conversation helper; a fresh id keeps this from reading as a retry.
        message["id"] = "after-restart-1";
        var replies = await resumed.Post(message);

        Assert.Contains("What news or decision is on the table?", CardText(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dialog_WithMemoryState_StartsFreshAfterARestart()
    {
        var conversationId = $"restart-mem-{Guid.NewGuid():N}";
        await using (var before = new BotApp())
        {
            var chat = before.Conversation(conversationId);
            await chat.Send("prepare a conversation");
            await chat.Send("goals of care");
        }

        await using var after = new BotApp();
        var replies = await after.Conversation(conversationId).Send("the patient");

        Assert.DoesNotContain("What do they already understand?", CardText(replies), StringComparison.Ordinal);
    }

    private static string CardText(Replies replies) => replies.AllText + "\n" + string.Join("\n", replies.Cards.Select(c => c.ToJsonString()));
}
