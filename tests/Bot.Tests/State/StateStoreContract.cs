using CpcCoach.Bot.Dialogs;
using CpcCoach.Bot.State;

namespace CpcCoach.Bot.Tests.State;

/// <summary>
/// What every state backend must do. One subclass per backend (memory, Redis); each creates "instances" that
/// share the backend the way two bot processes would.
/// </summary>
public abstract class StateStoreContract
{
    protected static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>A store and lock as one bot instance would have them; null when the backend is unavailable.</summary>
    protected abstract (StateStore Store, ConversationLock Lock)? CreateInstance();

    /// <summary>Time to live of a stored key, as the backend reports it.</summary>
    protected abstract Task<TimeSpan?> TimeToLiveAsync(StateStore store, string key);

    [Fact]
    public async Task Load_WhenNothingSaved_ReturnsEmptyState()
    {
        if (CreateInstance() is not var (store, _))
        {
            return;
        }

        var state = await store.LoadConversationAsync("test", "nothing-here", CancellationToken.None);
        Assert.Equal(0, state.Revision);
        Assert.Empty(state.Stack);
    }

    [Fact]
    public async Task Save_ThenLoad_RoundTripsTypedState()
    {
        if (CreateInstance() is not var (store, _))
        {
            return;
        }

        var plan = new PocketPlan("Family meeting", ["Ask", "Tell"], ["\"What have you heard?\""], ["Name: \"You look shaken.\""], ["Jargon"], "Summarise.", ["SPIKES"]);
        var frame = new DialogFrame("prepare", 3, "who", new Dictionary<string, string> { ["kind"] = "family_meeting" }, 1, "p1", "a1");
        var saved = new ConversationState { Turns = 4, UserId = "u1", Stack = [frame], Plan = plan }.WithApplied("act-9");

        Assert.True(await store.SaveConversationAsync("test", "c-roundtrip", new ConversationState(), saved, CancellationToken.None));
        var loaded = await store.LoadConversationAsync("test", "c-roundtrip", CancellationToken.None);

        Assert.Equal(1, loaded.Revision);
        Assert.Equal(4, loaded.Turns);
        Assert.Equal(["act-9"], loaded.Applied);
        var top = Assert.Single(loaded.Stack);
        Assert.Equal(("prepare", 3, "who", 1, "p1", "a1"), (top.Flow, top.Version, top.Step, top.Retries, top.PromptId, top.PromptActivityId));
        Assert.Equal("family_meeting", top.Slots["kind"]);
        Assert.Equal(plan.TalkMap, loaded.Plan!.TalkMap);
        Assert.Equal(plan.Close, loaded.Plan.Close);
    }

    [Fact]
    public async Task Save_WhenAnotherInstanceSavedInBetween_RefusesAndKeepsTheirs()
    {
        if (CreateInstance() is not var (one, _) || CreateInstance() is not var (two, _))
        {
            return;
        }

        var loadedByOne = await one.LoadConversationAsync("test", "c-fence", CancellationToken.None);
        var loadedByTwo = await two.LoadConversationAsync("test", "c-fence", CancellationToken.None);
        Assert.True(await two.SaveConversationAsync("test", "c-fence", loadedByTwo, loadedByTwo with { Turns = 2 }, CancellationToken.None));

        Assert.False(await one.SaveConversationAsync("test", "c-fence", loadedByOne, loadedByOne with { Turns = 1 }, CancellationToken.None));
        Assert.Equal(2, (await one.LoadConversationAsync("test", "c-fence", CancellationToken.None)).Turns);
    }

    [Fact]
    public async Task Save_SetsTheIdleExpiry()
    {
        if (CreateInstance() is not var (store, _))
        {
            return;
        }

        await store.SaveConversationAsync("test", "c-ttl", new ConversationState(), new ConversationState { Turns = 1 }, CancellationToken.None);
        var ttl = await TimeToLiveAsync(store, store.ConversationKey("test", "c-ttl"));

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, Idle - TimeSpan.FromMinutes(1), Idle);
    }

    [Fact]
    public async Task ForgetUser_DeletesTheUserAndTheirConversations()
    {
        if (CreateInstance() is not var (store, _))
        {
            return;
        }

        await store.SaveConversationAsync("test", "c-mine", new ConversationState(), new ConversationState { Turns = 1, UserId = "u-forget" }, CancellationToken.None);
        await store.SaveConversationAsync("test", "c-other", new ConversationState(), new ConversationState { Turns = 1, UserId = "u-other" }, CancellationToken.None);
        await store.SaveUserAsync("test", "u-forget", new UserState { Conversations = ["c-mine"] }, CancellationToken.None);

        await store.ForgetUserAsync("test", "u-forget", CancellationToken.None);

        Assert.Empty((await store.LoadUserAsync("test", "u-forget", CancellationToken.None)).Conversations);
        Assert.Equal(0, (await store.LoadConversationAsync("test", "c-mine", CancellationToken.None)).Turns);
        Assert.Equal(1, (await store.LoadConversationAsync("test", "c-other", CancellationToken.None)).Turns);
    }

    [Fact]
    public async Task Lock_WhileHeld_MakesTheOtherInstanceWait()
    {
        if (CreateInstance() is not var (_, first) || CreateInstance() is not var (_, second))
        {
            return;
        }

        var held = await first.AcquireAsync("test:c-wait", CancellationToken.None);
        var waiting = second.AcquireAsync("test:c-wait", CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await (await waiting).DisposeAsync();
        await (await first.AcquireAsync("test:c-wait", CancellationToken.None)).DisposeAsync();
    }

    [Fact]
    public async Task Lock_WhenCancelledWhileWaiting_ThrowsAndStaysUsable()
    {
        if (CreateInstance() is not var (_, first) || CreateInstance() is not var (_, second))
        {
            return;
        }

        var held = await first.AcquireAsync("test:c-cancel", CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = second.AcquireAsync("test:c-cancel", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await held.DisposeAsync();
        await (await second.AcquireAsync("test:c-cancel", CancellationToken.None)).DisposeAsync();
    }

    [Fact]
    public async Task Lock_AlreadyCancelled_ThrowsBeforeWaiting()
    {
        if (CreateInstance() is not var (_, gate))
        {
            return;
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.AcquireAsync("test:c-pre", new CancellationToken(canceled: true)));
        await (await gate.AcquireAsync("test:c-pre", CancellationToken.None)).DisposeAsync();
    }

    [Fact]
    public async Task LoadSaveUnderLock_FromTwoInstancesAtOnce_LosesNoUpdate()
    {
        if (CreateInstance() is not var (storeA, lockA) || CreateInstance() is not var (storeB, lockB))
        {
            return;
        }

        const int Increments = 100;
        var tasks = Enumerable.Range(0, Increments).Select(i => Task.Run(async () =>
        {
            var (store, gate) = i % 2 == 0 ? (storeA, lockA) : (storeB, lockB);
            await using var held = await gate.AcquireAsync("test:c-count", CancellationToken.None);
            var loaded = await store.LoadConversationAsync("test", "c-count", CancellationToken.None);
            Assert.True(await store.SaveConversationAsync("test", "c-count", loaded, loaded with { Turns = loaded.Turns + 1 }, CancellationToken.None));
        }));
        await Task.WhenAll(tasks);

        var final = await storeA.LoadConversationAsync("test", "c-count", CancellationToken.None);
        Assert.Equal(Increments, final.Turns);
        Assert.Equal(Increments, final.Revision);
    }
}
