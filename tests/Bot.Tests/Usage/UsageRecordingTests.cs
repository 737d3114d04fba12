using CpcCoach.Bot.Usage;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>Each coaching turn becomes one event with what the turn decided, and nothing else.</summary>
public sealed class UsageRecordingTests
{
    [Fact]
    public async Task Turn_IsRecorded_WithTheFactsTheTurnDecided()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder()).WithFacts(turn =>
        {
            turn.Facts.Intent = "prepare_conversation";
            turn.Facts.Frameworks = ["spikes", "Not A Key!", "remap"];
            turn.Facts.EntryIds = ["spikes"];
            turn.Facts.Flow = "family_meeting";
            turn.Facts.FlowEvent = "started";
            turn.Facts.Role = "nurse";
            turn.Facts.FeedbackRating = "helpful";
            turn.Facts.ModelPromptTokens = 321;
        });

        var replies = await app.Conversation().Send("help me plan a family meeting");

        Assert.NotEmpty(replies.Messages);
        var stored = Assert.Single(await app.StoredAsync());
        Assert.Equal(UsageKinds.Turn, stored.Kind);
        Assert.Equal(UsageTestHost.PseudonymOf("user-1"), stored.Pseudonym);
        Assert.Equal("test", stored.Channel);
        Assert.Equal("prepare_conversation", stored.Intent);
        Assert.Equal(["spikes", "remap"], stored.Frameworks);
        Assert.Equal(("family_meeting", "started", "nurse", "helpful"), (stored.Flow, stored.FlowEvent, stored.Role, stored.Rating));
        Assert.Equal(321, stored.ModelPromptTokens);
        Assert.Equal(0, stored.Hour.Minute + stored.Hour.Second);
    }

    [Fact]
    public async Task PracticeSession_IsRecordedAsAFlow_StartedThenCompleted()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder());
        var chat = app.Conversation();

        await chat.Send("practise do_everything");
        await chat.Send("I can see how frightened you are.");
        await chat.Send("stop");

        var flows = (await app.StoredAsync()).Where(e => e.FlowEvent is not null).Select(e => (e.Flow, e.FlowEvent)).ToList();
        Assert.Equal([("practice.do_everything", "started"), ("practice.do_everything", "completed")], flows);
    }

    [Fact]
    public async Task GapTerms_AreKeptOnlyWhenTheyPassTheIdentifierCheck()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder()).WithFacts(turn =>
        {
            turn.Facts.Unanswered = true;
            turn.Facts.GapTerms = ["organ donation", "Achterberg", "mrn 4410", "[name]", "lionel", "tube feeding"];
        });

        await app.Conversation().Send("Mr. Lionel Achterberg asked about organ donation and tube feeding");

        var stored = Assert.Single(await app.StoredAsync());
        Assert.True(stored.Unanswered);
        Assert.Equal(["organ donation", "tube feeding"], stored.GapTerms);
    }

    [Fact]
    public async Task ConversationUpdates_AreNotCoachingTurns()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder());
        var chat = app.Conversation();

        await chat.Post(chat.Activity("conversationUpdate", new() { ["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = "bot-1" }) }));
        await chat.Send("help");

        Assert.Single(await app.StoredAsync());
    }

    [Fact]
    public void Pseudonym_IsKeyed_StableAndTenantScoped_AndPreviousKeysStillMatch()
    {
        var user = new UsageUser("tenant-a", "aad-1", "msteams", "29:x", null);
        var rotated = new Pseudonymizer("a-brand-new-key-0123456789abcdefghijkl", [UsageTestHost.PseudonymKey]);
        var old = new Pseudonymizer(UsageTestHost.PseudonymKey);

        Assert.Equal(old.Current(user), old.Current(user with { ChannelUserId = "29:other" }));
        Assert.NotEqual(old.Current(user), old.Current(user with { Tenant = "tenant-b" }));
        Assert.NotEqual(old.Current(user), rotated.Current(user));
        Assert.Equal([rotated.Current(user), old.Current(user)], rotated.All(user));
        Assert.Equal(64, old.Current(user).Length);
        Assert.DoesNotContain("aad-1", old.Current(user), StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonym_KeptForKnownUsers_IsTheSameAsAFreshOne_BeforeAndAfterTheKeptSetStartsAgain()
    {
        var pseudonymizer = new Pseudonymizer(UsageTestHost.PseudonymKey, ["an-older-key-0123456789abcdefghijklmno"]);
        var first = new UsageUser("tenant-a", "aad-1", "msteams", "29:x", null);
        var split = new UsageUser("tenant-aaad", "-1", "msteams", "29:x", null);
        var before = pseudonymizer.All(first);

        for (var i = 0; i <= Pseudonymizer.KnownUsersCapacity; i++)
        {
            pseudonymizer.Current(new UsageUser("tenant-a", $"aad-other-{i}", "msteams", $"29:{i}", null));
        }

        var fresh = new Pseudonymizer(UsageTestHost.PseudonymKey, ["an-older-key-0123456789abcdefghijklmno"]);
        Assert.Equal(fresh.All(first), before);
        Assert.Equal(fresh.All(first), pseudonymizer.All(first));
        Assert.Equal(fresh.Current(split), pseudonymizer.Current(split));
        Assert.NotEqual(pseudonymizer.Current(first), pseudonymizer.Current(split));
    }
}
