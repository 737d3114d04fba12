using System.Net;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Endpoint;

public sealed class TurnPipelineTests
{
    private static BotApp AppWith(TestMiddleware middleware, FakeTimeProvider? time = null) => new BotApp()
        .With("Logging:LogLevel:Default", "Trace")
        .WithServices(services =>
        {
            // First in the chain, so it sees every turn the pipeline runs, before any step that answers on its own.
            services.Insert(0, ServiceDescriptor.Singleton<ITurnMiddleware>(middleware));
            services.AddFakeLogging();
            if (time is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
            }
        });

    [Fact]
    public async Task ErrorBoundary_ApologisesWithoutExceptionText_AndLogsOnce()
    {
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware);
        var chat = app.Conversation();

        var replies = await chat.Send("boom");

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        Assert.Equal(TurnRunner.ApologyText, replies.AllText);
        Assert.DoesNotContain("secret internal detail", replies.Body);
        var logs = app.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        Assert.Single(logs, l => l.Level == LogLevel.Error);
    }

    [Fact]
    public async Task ErrorBoundary_OnInvoke_StillAnswersWithoutServerError()
    {
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware);
        var chat = app.Conversation();
        var invoke = chat.Activity("invoke", new System.Text.Json.Nodes.JsonObject { ["name"] = "adaptiveCard/action", ["text"] = "boom" });
        invoke.Remove("deliveryMode");

        using var response = await chat.PostRaw(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("application/vnd.microsoft.error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Timeout_EndsTheTurnWithAnApology_WhenTheBudgetPasses()
    {
        var time = new FakeTimeProvider();
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware, time).With("Turns:Timeout", "00:00:05");
        var chat = app.Conversation();

        var pending = chat.Send("hold");
        await middleware.Entered.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var replies = await pending;

        Assert.Equal(TurnRunner.TimeoutText, replies.AllText);
        Assert.Contains(app.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), l => l.Id.Id == 1000);
    }

    [Fact]
    public async Task Timeout_IsAHardStop_EvenForCodeThatIgnoresCancellation()
    {
        var time = new FakeTimeProvider();
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware, time).With("Turns:Timeout", "00:00:05");
        var chat = app.Conversation();

        var pending = chat.Send("hold-ignoring-cancellation");
        await middleware.Entered.Task;
        time.Advance(TimeSpan.FromSeconds(5));
        var replies = await pending;
        middleware.Release.SetResult();

        Assert.Equal(TurnRunner.TimeoutText, replies.AllText);
    }

    [Fact]
    public async Task Timeout_DoesNotFireBeforeTheBudget()
    {
        var time = new FakeTimeProvider();
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware, time).With("Turns:Timeout", "00:00:05");
        var chat = app.Conversation();

        var pending = chat.Send("hold");
        await middleware.Entered.Task;
        time.Advance(TimeSpan.FromSeconds(4));
        middleware.Release.SetResult();
        var replies = await pending;

        Assert.DoesNotContain(TurnRunner.TimeoutText, replies.AllText);
    }

    [Fact]
    public async Task Dedupe_RetriedActivity_RunsOnce_AndGetsTheSameAnswer()
    {
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware);
        var chat = app.Conversation();
        var activity = chat.Message("help");

        var first = await chat.Post(activity);
        var retry = await chat.Post(activity);

        Assert.Equal(1, middleware.Turns);
        Assert.Equal(first.Body, retry.Body);
    }

    [Fact]
    public async Task Dedupe_RetryWhileTheFirstIsStillRunning_WaitsForItInsteadOfRunningAgain()
    {
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware);
        var chat = app.Conversation();
        var activity = chat.Message("hold");

        var first = chat.Post(activity);
        await middleware.Entered.Task;
        var retry = chat.Post(activity);
        middleware.Release.SetResult();
        var answers = await Task.WhenAll(first, retry);

        Assert.Equal(1, middleware.Turns);
        Assert.Equal(answers[0].Body, answers[1].Body);
    }

    [Fact]
    public async Task Dedupe_SameIdInAnotherConversation_IsNotADuplicate()
    {
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware);
        var a = app.Conversation();
        var b = app.Conversation();

        await a.Post(a.Message("help"));
        await b.Post(b.Message("help"));

        Assert.Equal(2, middleware.Turns);
    }

    [Fact]
    public async Task Dedupe_AfterTheWindow_TheSameIdRunsAgain()
    {
        var time = new FakeTimeProvider();
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware, time);
        var chat = app.Conversation();
        var activity = chat.Message("help");

        await chat.Post(activity);
        time.Advance(TimeSpan.FromMinutes(6));
        await chat.Post(activity);

        Assert.Equal(2, middleware.Turns);
    }

    [Fact]
    public async Task Dedupe_RetryAfterTheReplyRetention_IsNotRunAgain_ButGetsNoCopiesOfTheReplies()
    {
        var time = new FakeTimeProvider();
        var middleware = new TestMiddleware();
        using var app = AppWith(middleware, time);
        var chat = app.Conversation();
        var activity = chat.Message("help");

        var first = await chat.Post(activity);
        time.Advance(TimeSpan.FromSeconds(10));
        var early = await chat.Post(activity);
        time.Advance(TimeSpan.FromSeconds(25));
        var late = await chat.Post(activity);

        Assert.Equal(1, middleware.Turns);
        Assert.Equal(first.Body, early.Body);
        Assert.NotEmpty(first.Activities);
        Assert.Equal(System.Net.HttpStatusCode.OK, late.Status);
        Assert.Empty(late.Activities);
    }

    [Fact]
    public async Task Dedupe_WhenHeldAnswersPassTheReplyMemory_TheOldestAreGivenUpFirst_ButNoneRunsTwice()
    {
        var options = new Microsoft.Extensions.Options.OptionsMonitor<TurnOptions>(
            new Microsoft.Extensions.Options.OptionsFactory<TurnOptions>([new Microsoft.Extensions.Options.ConfigureOptions<TurnOptions>(o => o.ReplyMemoryBytes = 3_000)], []),
            [], new Microsoft.Extensions.Options.OptionsCache<TurnOptions>());
        var dedupe = new ActivityDeduplicator(new FakeTimeProvider(), options);
        var small = new TurnReply(200, new byte[] { 1 });
        var runs = 0;
        Task<TurnReply> Turn() { runs++; return Task.FromResult(new TurnReply(200, new byte[1_000])); }

        for (var i = 0; i < 5; i++)
        {
            await dedupe.RunOnceAsync("c", $"a{i}", Turn, out _, small);
        }

        var oldest = await dedupe.RunOnceAsync("c", "a0", Turn, out var oldestWasDuplicate, small);
        var newest = await dedupe.RunOnceAsync("c", "a4", Turn, out var newestWasDuplicate, small);

        Assert.Equal(5, runs);
        Assert.True(oldestWasDuplicate);
        Assert.True(newestWasDuplicate);
        Assert.Same(small, oldest);
        Assert.Equal(1_000, newest.Body.Length);
        Assert.InRange(dedupe.HeldReplyBytes, 1_000, 3_000);
    }

    [Fact]
    public void Dedupe_IsBoundedInCount()
    {
        var options = new Microsoft.Extensions.Options.OptionsMonitor<TurnOptions>(
            new Microsoft.Extensions.Options.OptionsFactory<TurnOptions>([new Microsoft.Extensions.Options.ConfigureOptions<TurnOptions>(o => o.DedupeCapacity = 100)], []),
            [], new Microsoft.Extensions.Options.OptionsCache<TurnOptions>());
        var dedupe = new ActivityDeduplicator(new FakeTimeProvider(), options);

        for (var i = 0; i < 1000; i++)
        {
            _ = dedupe.RunOnceAsync("c", $"a{i}", () => Task.FromResult(TurnReply.Empty), out _);
        }

        Assert.InRange(dedupe.Count, 1, 101);
    }

    [Fact]
    public void Dedupe_TellsApartIdsThatOnlySplitDifferently_AndHandlesIdsOfAnyLength()
    {
        var options = new Microsoft.Extensions.Options.OptionsMonitor<TurnOptions>(
            new Microsoft.Extensions.Options.OptionsFactory<TurnOptions>([], []), [], new Microsoft.Extensions.Options.OptionsCache<TurnOptions>());
        var dedupe = new ActivityDeduplicator(new FakeTimeProvider(), options);
        var longConversation = new string('c', 5_000);
        var runs = 0;
        Task<TurnReply> Turn()
        {
            runs++;
            return Task.FromResult(TurnReply.Empty);
        }

        _ = dedupe.RunOnceAsync("ab", "c", Turn, out var first);
        _ = dedupe.RunOnceAsync("a", "bc", Turn, out var split);
        _ = dedupe.RunOnceAsync(longConversation, "1", Turn, out var longFirst);
        _ = dedupe.RunOnceAsync(longConversation, "1", Turn, out var longRetry);
        _ = dedupe.RunOnceAsync(longConversation + "1", string.Empty, Turn, out var longSplit);

        Assert.Equal((false, false, false, true, false), (first, split, longFirst, longRetry, longSplit));
        Assert.Equal(4, runs);
    }
}
