using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>With the store down, replies keep coming; events wait in the bounded queue; overflow is counted and reported.</summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task StoreDown_RepliesKeepWorking_EventsAreBufferedThenWritten_OverflowIsCounted()
    {
        var store = new FlakyUsageStore(UsageTestHost.TempFolder()) { Down = true };
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var app = UsageTestHost.App(UsageTestHost.TempFolder())
            .With("Usage:QueueCapacity", "10")
            .With("Usage:BatchSize", "1")
            .WithServices(s => s.AddSingleton<IUsageStore>(store).AddSingleton<TimeProvider>(time));
        var chat = app.Conversation();
        var queue = app.Services.GetRequiredService<UsageQueue>();

        for (var i = 0; i < 15; i++)
        {
            var replies = await chat.Send("help");
            Assert.NotEmpty(replies.Messages);
        }

        // 10 wait in the queue, at most one more in the writer's hands; the rest are counted, not dropped silently.
        Assert.True(store.FailedCalls > 0);
        Assert.InRange(queue.Lost, 4, 5);
        Assert.InRange(15 - queue.Lost - queue.Pending, 0, 1);
        var health = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "usage");
        var usage = health.Entries["usage"];
        Assert.Equal(HealthStatus.Degraded, usage.Status);
        Assert.Equal(queue.Lost, usage.Data["lost"]);

        store.Down = false;
        time.Advance(TimeSpan.FromMinutes(2)); // past the writer's backoff

        var stored = await app.StoredAsync();
        Assert.Equal(15 - queue.Lost, stored.Count);
        Assert.Equal(HealthStatus.Degraded, (await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "usage")).Status);
        Assert.Equal(0, queue.Pending);
    }
}
