using System.Net;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Insights;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Usage;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CpcCoach.Bot.Tests.Insights;

/// <summary>Only educators see insights, in chat and on the dashboard; links expire and cannot be forged.</summary>
public sealed class InsightsAccessTests
{
    private const string EducatorId = "00000000-0000-0000-0000-00000000e0e0";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    private BotApp App() => UsageTestHost.App(UsageTestHost.TempFolder())
        .With("Insights:Educators:0", EducatorId)
        .With("Insights:Educators:1", "teacher@example.org")
        .With("Insights:AccessKey", "a-standing-access-key-for-reports-0123")
        .WithServices(s => s.AddSingleton<TimeProvider>(_time));

    private static Conversation As(BotApp app, string? aadObjectId) => new(app.CreateClient(), $"conv-{Guid.NewGuid():N}", "test") { UserId = aadObjectId ?? "someone" };

    private static async Task<Replies> SendInsights(Conversation chat, string? aadObjectId, string? email = null)
    {
        var activity = chat.Message("insights");
        var from = (JsonObject)activity["from"]!;
        if (aadObjectId is not null) from["aadObjectId"] = aadObjectId;
        if (email is not null) from["email"] = email;
        return await chat.Post(activity);
    }

    [Fact]
    public async Task NonEducator_InChat_GetsAPoliteNo_AndTheRefusalIsLogged()
    {
        await using var app = App();

        var replies = await SendInsights(As(app, "not-an-educator"), "11111111-1111-1111-1111-111111111111");

        Assert.Equal(InsightsMiddleware.RefusalText, replies.AllText);
        Assert.Empty(replies.Cards);
        var refusal = Assert.Single(await app.StoredAsync());
        Assert.Equal(UsageKinds.InsightsRefused, refusal.Kind);
    }

    [Fact]
    public async Task Educator_InChat_GetsTheSummaryCard_WithAWorkingSignedLink()
    {
        await using var app = App();

        var replies = await SendInsights(As(app, EducatorId), EducatorId);

        var card = Assert.Single(replies.Cards);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("Last 7 days", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Last 30 days", card.ToJsonString(), StringComparison.Ordinal);
        var url = new Uri((string)card["actions"]![0]!["url"]!);
        var page = await app.CreateClient().GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(UsageKinds.InsightsShown, Assert.Single(await app.StoredAsync()).Kind);
    }

    [Fact]
    public async Task Educator_ByEmail_IsRecognised()
    {
        await using var app = App();

        var replies = await SendInsights(As(app, "x"), "22222222-2222-2222-2222-222222222222", "Teacher@Example.org");

        Assert.Single(replies.Cards);
    }

    [Fact]
    public async Task Dashboard_WithoutAnyCredential_IsRefused_AndTheRefusalIsLogged()
    {
        await using var app = App();

        var page = await app.CreateClient().GetAsync("/insights");
        var csv = await app.CreateClient().GetAsync("/insights/export.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
        Assert.DoesNotContain("chart", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All(await app.StoredAsync(), e => Assert.Equal(UsageKinds.DashboardRefused, e.Kind));
    }

    [Fact]
    public async Task Dashboard_ExpiredLink_IsRefused()
    {
        await using var app = App();
        var token = app.Services.GetRequiredService<DashboardLinks>().CreateToken();

        _time.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/insights?t={Uri.EscapeDataString(token)}")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_TamperedLink_IsRefused()
    {
        await using var app = App();
        var token = app.Services.GetRequiredService<DashboardLinks>().CreateToken();
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var later = (long.Parse(token[..dot], System.Globalization.CultureInfo.InvariantCulture) + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var flipped = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/insights?t={Uri.EscapeDataString(token)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/insights?t={later}{token[dot..]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/insights?t={Uri.EscapeDataString(flipped)}")).StatusCode);
    }

    [Fact]
    public async Task Dashboard_AccessKey_WorksInTheHeader_AndAWrongOrUnconfiguredKeyDoesNot()
    {
        await using var app = App();
        await using var noKey = UsageTestHost.App(UsageTestHost.TempFolder());
        var http = app.CreateClient();

        var right = new HttpRequestMessage(HttpMethod.Get, "/insights/export.csv");
        right.Headers.Add(DashboardAccess.KeyHeader, "a-standing-access-key-for-reports-0123");
        var ok = await http.SendAsync(right);
        var wrong = new HttpRequestMessage(HttpMethod.Get, "/insights");
        wrong.Headers.Add(DashboardAccess.KeyHeader, "guess");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/csv", ok.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("section,key,count", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noKey.CreateClient().GetAsync("/insights?key=")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await noKey.CreateClient().GetAsync("/insights?key=anything")).StatusCode);
    }
}
