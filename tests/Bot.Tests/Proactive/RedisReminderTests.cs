using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Proactive;

/// <summary>The schedule in a real Redis (scripts/deps/10-redis.sh): it survives a restart and fires once across instances.</summary>
public sealed class RedisReminderTests
{
    private readonly string _prefix = $"cpc-test-{Guid.NewGuid():N}:";

    [Fact]
    public async Task Reminder_SetBeforeARestart_FiresFromTheNextInstance()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(ProactiveSetup.Start);
        if (new BotApp().OnClock(clock).WithRedis(_prefix) is not { } first)
        {
            return;
        }

        await using (first)
        {
            using var http = first.CreateClient();
            await http.SendAsync(TeamsActivities.Personal(connector.ServiceUrl, "m1", ReminderMessages.InOneHour));
            Assert.Equal(ReminderMessages.Confirmation("today at 11:15"), (string?)Assert.Single(connector.Requests).Json["text"]);
        }

        // A new process, started after the reminder fell due.
        var later = new FakeTimeProvider(ProactiveSetup.Start.AddHours(3));
        await using var second = new BotApp().OnClock(later).WithRedis(_prefix)!;
        using (second.CreateClient())
        {
            // Its start-up pass or, at the latest, the next poll finds and sends it.
            await second.AdvanceAndPollAsync(later, TimeSpan.FromSeconds(30));
        }

        await connector.WaitForRequestsAsync(2);

        Assert.Single(connector.Invitations());
    }

    [Fact]
    public async Task ManyReminders_PolledByTwoInstancesAtOnce_EachFireExactlyOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clockA = new FakeTimeProvider(ProactiveSetup.Start);
        var clockB = new FakeTimeProvider(ProactiveSetup.Start);
        if (new BotApp().OnClock(clockA).WithRedis(_prefix) is not { } a)
        {
            return;
        }

        await using var instanceA = a;
        await using var instanceB = new BotApp().OnClock(clockB).WithRedis(_prefix)!;
        var store = instanceA.Services.GetRequiredService<IReminderStore>();
        const int count = 45;
        for (var i = 0; i < count; i++)
        {
            var reference = ProactiveSetup.PersonalReference(connector.ServiceUrl, $"a:conversation-{i}");
            await store.ScheduleAsync(ProactiveSetup.DueReminder(reference, ProactiveSetup.Start.AddMinutes(5)), CancellationToken.None);
        }

        var dispatcherA = instanceA.Services.GetRequiredService<ReminderDispatcher>();
        var dispatcherB = instanceB.Services.GetRequiredService<ReminderDispatcher>();
        var scheduledPasses = Task.WhenAll(dispatcherA.NextPassAsync(), dispatcherB.NextPassAsync());
        clockA.Advance(TimeSpan.FromMinutes(5));
        clockB.Advance(TimeSpan.FromMinutes(5));
        // Two more passes, one per instance, racing the scheduled ones for the same due reminders.
        var sent = await Task.WhenAll(dispatcherA.RunDueAsync(CancellationToken.None), dispatcherB.RunDueAsync(CancellationToken.None));
        await scheduledPasses.WaitAsync(TimeSpan.FromSeconds(30));
        // A scheduled pass may still be sending what it claimed; each instance's next pass on a later time runs after it.
        await Task.WhenAll(instanceA.AdvanceAndPollAsync(clockA, TimeSpan.FromSeconds(30)), instanceB.AdvanceAndPollAsync(clockB, TimeSpan.FromSeconds(30)));

        Assert.Equal(count, connector.Invitations().Count());
        Assert.Equal(count, connector.Invitations().Select(r => r.RawTarget).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(sent.Sum(), 0, count);
    }

    [Fact]
    public async Task StopReminders_InRedis_CancelsWhatWasScheduled()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(ProactiveSetup.Start);
        if (new BotApp().OnClock(clock).WithRedis(_prefix) is not { } built)
        {
            return;
        }

        await using var app = built;
        using var http = app.CreateClient();
        await http.SendAsync(TeamsActivities.Personal(connector.ServiceUrl, "m1", ReminderMessages.InOneHour));
        await http.SendAsync(TeamsActivities.Installation(connector.ServiceUrl, "i1", "remove"));

        await app.AdvanceAndPollAsync(clock, TimeSpan.FromHours(2));

        Assert.Empty(connector.Invitations());
    }
}
