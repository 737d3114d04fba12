using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Teams;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Proactive;

/// <summary>"Remind me to debrief", in a Teams one-to-one chat, through to the proactive invitation (brief §3.5).</summary>
public sealed class DebriefReminderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(ProactiveSetup.Start);
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp().OnClock(_clock);
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task RemindMeInOneHour_FiresAtThatTime_AsANewMessageInTheChat()
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m1", ReminderMessages.InOneHour));

        // 09:15 UTC + 1 h, told in the user's Berlin time.
        Assert.Equal(ReminderMessages.Confirmation("today at 11:15"), (string?)Assert.Single(_connector.Requests).Json["text"]);

        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromMinutes(59));
        Assert.Empty(_connector.Invitations());

        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromMinutes(1));
        var invitation = Assert.Single(_connector.Invitations());
        // Send to conversation (no activity id in the path, no replyToId): a new message, not a reply.
        Assert.Equal("/amer/v3/conversations/" + Uri.EscapeDataString(TeamsActivities.PersonalId) + "/activities", invitation.RawTarget);
        Assert.Null(invitation.Json["replyToId"]);
        Assert.Equal(TeamsActivities.BotId, (string?)invitation.Json["from"]?["id"]);
        Assert.Equal(TeamsActivities.UserId, (string?)invitation.Json["recipient"]?["id"]);
        Assert.Equal(TeamsActivities.TenantId, (string?)invitation.Json["conversation"]?["tenantId"]);

        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromHours(2));
        Assert.Single(_connector.Invitations());
    }

    [Theory]
    [InlineData(ReminderMessages.ThisEvening, "today at 18:00", 7, 45)]
    [InlineData(ReminderMessages.TomorrowMorning, "tomorrow at 08:00", 21, 45)]
    [InlineData("remind me at 4:30pm", "today at 16:30", 6, 15)]
    [InlineData("remind me to debrief in 90 minutes", "today at 11:45", 1, 30)]
    public async Task RemindMe_AtATimeTheUserPicks_IsSetInTheirTimeZone(string text, string said, int hours, int minutes)
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m1", text));

        Assert.Equal(ReminderMessages.Confirmation(said), (string?)Assert.Single(_connector.Requests).Json["text"]);
        await _app.AdvanceAndPollAsync(_clock, new TimeSpan(hours, minutes, 0) - TimeSpan.FromSeconds(1));
        Assert.Empty(_connector.Invitations());
        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromSeconds(30));
        Assert.Single(_connector.Invitations());
    }

    [Fact]
    public async Task Uninstall_CancelsThePendingReminder()
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m1", ReminderMessages.InOneHour));
        await _http.SendAsync(TeamsActivities.Installation(_connector.ServiceUrl, "i1", "remove"));

        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromHours(2));

        Assert.Empty(_connector.Invitations());
    }

    [Fact]
    public async Task StopReminders_CancelsThePendingReminder_AndSaysSo()
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m1", ReminderMessages.TomorrowMorning));
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m2", "stop reminders"));

        Assert.Equal(ReminderMessages.StoppedText, (string?)_connector.Requests[^1].Json["text"]);
        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromDays(1));
        Assert.Empty(_connector.Invitations());
    }

    [Theory]
    [InlineData("remind me whenever", ReminderMessages.NotUnderstoodText)]
    [InlineData("remind me in 200 hours", "within the next 7 days")]
    public async Task RemindMe_WithATimeItCannotUse_AsksAgainAndSetsNothing(string text, string expected)
    {
        await _http.SendAsync(TeamsActivities.Personal(_connector.ServiceUrl, "m1", text));

        Assert.Contains(expected, (string?)Assert.Single(_connector.Requests).Json["text"], StringComparison.Ordinal);
        await _app.AdvanceAndPollAsync(_clock, TimeSpan.FromDays(8));
        Assert.Empty(_connector.Invitations());
    }

    [Fact]
    public async Task RemindMe_InAChannel_IsRefused_BecauseRemindersArePersonal()
    {
        await _http.SendAsync(TeamsActivities.Channel(_connector.ServiceUrl, "1772442900123", ReminderMessages.InOneHour));

        Assert.Equal(ReminderMessages.NotHereText, (string?)Assert.Single(_connector.Requests).Json["text"]);
    }
}
