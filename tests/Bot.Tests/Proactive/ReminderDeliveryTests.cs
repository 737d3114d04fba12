using CpcCoach.Bot.Connector;
using CpcCoach.Bot.Proactive;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Proactive;

/// <summary>The invitation goes out through the Connector pipeline: with credentials, a client-credentials token is fetched and sent.</summary>
public sealed class ReminderDeliveryTests
{
    private const string AppId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public async Task DueReminder_WithCredentials_IsSentWithAFreshBotToken()
    {
        await using var tokens = await TokenEndpoint.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(ProactiveSetup.Start);
        await using var app = new BotApp()
            .OnClock(clock)
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "s3cret")
            .With("MicrosoftAppTenantId", TenantId)
            .With("MicrosoftAppType", "SingleTenant")
            .With("Connector:LoginAuthorityHost", tokens.AuthorityHost)
            .With("Connector:LoginInstanceDiscovery", "false")
            .WithServices(s => s.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(ConnectorTls.TrustingHandler));
        var store = app.Services.GetRequiredService<IReminderStore>();
        await store.ScheduleAsync(ProactiveSetup.DueReminder(ProactiveSetup.PersonalReference(connector.ServiceUrl), ProactiveSetup.Start.AddMinutes(10)), CancellationToken.None);

        await app.AdvanceAndPollAsync(clock, TimeSpan.FromMinutes(10));

        var invitation = Assert.Single(connector.Invitations());
        Assert.Equal("Bearer token-1", invitation.Authorization);
        var token = Assert.Single(tokens.Requests);
        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", token.Path);
        Assert.Equal("client_credentials", token.Form["grant_type"]);
        Assert.Equal(AppId, token.Form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", token.Form["scope"]);
    }

    [Fact]
    public async Task DueReminder_WhenTheUserBlockedTheBot_IsNotRetried()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(ProactiveSetup.Start);
        await using var app = new BotApp().OnClock(clock);
        connector.Then(403, body: """{"error":{"code":"Forbidden","message":"blocked"},"subCode":"MessageWritesBlocked"}""");
        await app.Services.GetRequiredService<IReminderStore>().ScheduleAsync(
            ProactiveSetup.DueReminder(ProactiveSetup.PersonalReference(connector.ServiceUrl), ProactiveSetup.Start.AddMinutes(1)), CancellationToken.None);

        await app.AdvanceAndPollAsync(clock, TimeSpan.FromMinutes(1));
        await app.AdvanceAndPollAsync(clock, TimeSpan.FromHours(2));

        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task DueReminder_WhenTheSendFails_IsTriedAgainLater_ThenDelivered()
    {
        await using var connector = await FakeConnector.StartAsync();
        var clock = new FakeTimeProvider(ProactiveSetup.Start);
        await using var app = new BotApp().OnClock(clock);
        // A 400 is not retried by the Connector pipeline, so the reminder's own later try is what is tested.
        connector.Then(400);
        await app.Services.GetRequiredService<IReminderStore>().ScheduleAsync(
            ProactiveSetup.DueReminder(ProactiveSetup.PersonalReference(connector.ServiceUrl), ProactiveSetup.Start.AddMinutes(1)), CancellationToken.None);

        await app.AdvanceAndPollAsync(clock, TimeSpan.FromMinutes(1));
        Assert.Single(connector.Requests);
        await app.AdvanceAndPollAsync(clock, new ProactiveOptions().RetryDelay);

        Assert.Equal(2, connector.Requests.Count);
        Assert.Single(connector.Invitations().Skip(1));
    }
}
