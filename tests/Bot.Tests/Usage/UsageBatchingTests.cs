using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>Under load the writer waits a moment for a fuller batch, so turns do not each pay for a transaction.</summary>
public sealed class UsageBatchingTests
{
    [Fact]
    public async Task ABurstOfTurns_IsWrittenInOneTransaction_OnceTheLingerHasPassed()
    {
        var store = new FlakyUsageStore(UsageTestHost.TempFolder());
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder())
            .WithServices(s => s.AddSingleton<IUsageStore>(store).AddSingleton<TimeProvider>(time));
        var chat = app.Conversation();

        await chat.Send("help");
        await chat.Send("how do I respond when a patient cries");
        await chat.Send("thanks");
        time.Advance(TimeSpan.FromMilliseconds(200));

        var stored = await app.StoredAsync();
        Assert.Equal(3, stored.Count(e => e.Kind == UsageKinds.Turn));
        Assert.Equal([3], store.Batches.Where(size => size > 0));
    }

    [Fact]
    public async Task SomeoneWaitingForTheWriter_EndsTheLingerAtOnce()
    {
        var store = new FlakyUsageStore(UsageTestHost.TempFolder());
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder())
            .With("Usage:BatchLinger", "00:00:10")
            .WithServices(s => s.AddSingleton<IUsageStore>(store).AddSingleton<TimeProvider>(time));
        var chat = app.Conversation();

        await chat.Send("help");

        // The clock never moves: only the wait itself can end the linger.
        var stored = await app.StoredAsync();
        Assert.Single(stored, e => e.Kind == UsageKinds.Turn);
    }
}
