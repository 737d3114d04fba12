using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>"opt out", "opt in" and "forget me": confirmed, honoured, and never recorded themselves.</summary>
public sealed class PrivacyCommandTests
{
    [Fact]
    public async Task OptOut_StopsRecording_AndOptIn_StartsItAgain()
    {
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder());
        var chat = app.Conversation();

        await chat.Send("help");
        var optOut = await chat.Send("Opt out");
        await chat.Send("help");
        var optIn = await chat.Send("opt-in");
        await chat.Send("help");

        Assert.Equal(PrivacyCommands.OptedOutText, optOut.AllText);
        Assert.Equal(PrivacyCommands.OptedInText, optIn.AllText);
        Assert.Equal(2, (await app.StoredAsync()).Count);
    }

    [Fact]
    public async Task OptOut_IsPersisted_SoANewProcessHonoursIt()
    {
        var folder = UsageTestHost.TempFolder();
        await using (var first = UsageTestHost.App(folder))
        {
            await first.Conversation().Send("opt out");
        }

        await using var second = UsageTestHost.App(folder);
        await second.Services.GetRequiredService<UsageRetention>().RunOnceAsync(CancellationToken.None);
        await second.Conversation().Send("help");
        await second.Conversation().Send("again");

        Assert.Empty(await second.StoredAsync());
    }

    [Fact]
    public async Task ForgetMe_DeletesTheUsersEvents_AndTheirState_ButNotOthers()
    {
        var erased = new List<UsageUser>();
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder())
            .WithServices(s => s.AddSingleton(new UserDataEraser("test state", (user, _) => { erased.Add(user); return Task.CompletedTask; })));
        var mine = app.Conversation();
        var theirs = new Conversation(app.CreateClient(), "conv-other", "test") { UserId = "user-2" };

        await mine.Send("help");
        await mine.Send("help");
        await theirs.Send("help");
        var reply = await mine.Send("forget me");

        Assert.Equal(PrivacyCommands.ForgottenText, reply.AllText);
        var stored = await app.StoredAsync();
        Assert.Equal([UsageTestHost.PseudonymOf("user-2")], stored.Select(e => e.Pseudonym));
        var user = Assert.Single(erased);
        Assert.Equal(("user-1", "test", mine.Id), (user.ChannelUserId, user.ChannelId, user.ConversationId));
    }

    [Fact]
    public async Task ForgetMe_FindsRecordsMadeUnderAPreviousKey()
    {
        var folder = UsageTestHost.TempFolder();
        await using (var before = UsageTestHost.App(folder))
        {
            await before.Conversation().Send("help");
            Assert.Single(await before.StoredAsync());
        }

        await using var after = UsageTestHost.App(folder)
            .With("Usage:PseudonymKey", "the-rotated-key-0123456789abcdefghijklmn")
            .With("Usage:PreviousPseudonymKeys:0", UsageTestHost.PseudonymKey);
        await after.Conversation().Send("forget me");

        Assert.Empty(await after.StoredAsync());
    }

    [Fact]
    public async Task ForgetMe_WhenTheStoreIsDown_SaysSo()
    {
        var store = new FlakyUsageStore(UsageTestHost.TempFolder()) { Down = true };
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder()).WithServices(s => s.AddSingleton<IUsageStore>(store));

        var reply = await app.Conversation().Send("forget me");

        Assert.Equal(PrivacyCommands.StoreDownText, reply.AllText);
    }
}
