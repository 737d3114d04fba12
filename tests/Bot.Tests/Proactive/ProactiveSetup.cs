using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Protocol;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Proactive;

/// <summary>The app on a fake clock, and ways to drive its reminder scheduler without sleeping.</summary>
internal static class ProactiveSetup
{
    /// <summary>09:15 UTC on a Monday: 10:15 in Berlin, where the test user's Teams client is.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    public static BotApp OnClock(this BotApp app, FakeTimeProvider clock) => app
        .With("Turns:Timeout", "00:02:00")
        .With("Connector:AttemptTimeout", "00:05:00")
        .With("Connector:TotalTimeout", "00:10:00")
        .WithServices(services => services.AddSingleton<TimeProvider>(clock));

    /// <summary>Redis for the schedule, under a key prefix no other test uses. Null when no server is configured.</summary>
    public static BotApp? WithRedis(this BotApp app, string prefix)
    {
        var redis = Environment.GetEnvironmentVariable("CPC_TEST_REDIS");
        if (string.IsNullOrEmpty(redis))
        {
            Assert.False(Environment.GetEnvironmentVariable("CPC_FULL_RUN") == "1", "CPC_TEST_REDIS is not set: run scripts/deps/10-redis.sh.");
            return null;
        }

        return app.With("State:Redis", redis).With("State:KeyPrefix", prefix);
    }

    /// <summary>
    /// Moves the clock and waits for a scheduler pass that saw the new time. A pass already under way when the clock
    /// moved (the one at start, or one an earlier move triggered) can finish first with the old time; the tick the move
    /// caused then runs another pass.
    /// </summary>
    public static async Task AdvanceAndPollAsync(this BotApp app, FakeTimeProvider clock, TimeSpan by)
    {
        var dispatcher = app.Services.GetRequiredService<ReminderDispatcher>();
        var target = clock.GetUtcNow() + by;
        clock.Advance(by);
        while (true)
        {
            var pass = dispatcher.NextPassAsync();
            if (dispatcher.LastPassAt >= target)
            {
                return;
            }

            await pass.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public static ConversationReference PersonalReference(string serviceUrl, string conversationId = TeamsActivities.PersonalId) => new(
        "msteams",
        serviceUrl,
        new ConversationAccount { Id = conversationId, TenantId = TeamsActivities.TenantId, ConversationType = "personal" },
        new ChannelAccount { Id = TeamsActivities.BotId, Name = TeamsActivities.BotName },
        new ChannelAccount { Id = TeamsActivities.UserId, AadObjectId = TeamsActivities.UserObjectId },
        "en-US",
        null);

    public static Reminder DueReminder(ConversationReference reference, DateTimeOffset due) =>
        new(Reminder.IdFor(TeamsActivities.TenantId, reference.Conversation.Id!, "user"), $"{TeamsActivities.TenantId}:{TeamsActivities.UserObjectId}", reference, due);

    public static IEnumerable<RecordedRequest> Invitations(this FakeConnector connector) =>
        connector.Requests.Where(r => (string?)r.Json["text"] == ReminderMessages.InvitationText);
}
