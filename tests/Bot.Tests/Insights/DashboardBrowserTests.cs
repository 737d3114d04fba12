using System.Net;
using CpcCoach.Bot.Insights;
using CpcCoach.Bot.Practice;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Tests.Usage;
using CpcCoach.Bot.Usage;
using CpcCoach.Knowledge.Practice.Roleplay;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CpcCoach.Bot.Tests.Insights;

/// <summary>
/// The dashboard in real Chromium (Debian's, driven by Playwright; nothing is downloaded), over a real socket,
/// with a month of seeded usage: the charts and the gaps table render, and a screenshot is saved.
/// </summary>
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = HeadlessChromium.Path;

    [Fact]
    public async Task Dashboard_WithSeededData_RendersChartsAndGaps()
    {
        if (!UsageTestHost.Require(File.Exists(Chromium), Chromium, "30-chromium.sh", output))
        {
            return;
        }

        await using var app = UsageTestHost.App(UsageTestHost.TempFolder());
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var baseUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await app.Services.GetRequiredService<IUsageStore>().AppendAsync(Seed(now), CancellationToken.None);
        await SeedPracticeAsync(app.Services.GetRequiredService<PracticeStore>(), now);
        var token = app.Services.GetRequiredService<DashboardLinks>().CreateToken();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 900 }, Locale = "en-US" });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };

        await page.GotoAsync(new Uri(baseUri, $"/insights?days=30&t={Uri.EscapeDataString(token)}").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("last 30 days");
        foreach (var chart in new[] { "Coaching turns per day", "Turns by framework", "Turns by role", "Guided flows started, completed and abandoned", "Mean practice rubric score by item, 0 to 2", "Answers rated helpful and unhelpful" })
        {
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = chart })).ToBeVisibleAsync();
        }

        Assert.True(await page.Locator("#chart-frameworks rect.bar").CountAsync() >= 3);
        Assert.True(await page.Locator("#chart-days rect.bar").CountAsync() >= 20);
        var gaps = page.Locator("#gaps");
        await Expect(gaps.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(gaps).ToContainTextAsync("organ donation");
        await Expect(gaps).Not.ToContainTextAsync("rare topic");
        await Expect(page.Locator("#turns")).Not.ToHaveTextAsync("<5");
        await Expect(page.Locator("#practice-sessions")).ToHaveTextAsync("8");
        await Expect(page.Locator("#chart-practice rect.bar")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("#chart-practice rect.hidden")).ToHaveCountAsync(1);
        await page.Locator("#practice-rubric").Locator("xpath=ancestor::details").Locator("summary").ClickAsync();
        await Expect(page.Locator("#practice-rubric tr", new() { HasText = "Headline delivered clearly" })).ToContainTextAsync("<5");
        await Expect(page.Locator("#practice-rubric tr", new() { HasText = "Responded to emotion" })).ToContainTextAsync("1.25");

        var screenshot = Path.Combine(UsageTestHost.RepoRoot(), "test-artifacts", "insights-dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        var csv = await page.APIRequest.GetAsync(new Uri(baseUri, $"/insights/export.csv?days=30&t={Uri.EscapeDataString(token)}").ToString());
        Assert.Equal(200, csv.Status);
        Assert.Contains("gap,organ donation,", await csv.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(problems);
    }

    /// <summary>
    /// Eight learners practised this week, each scored on empathy (2, 1, 1, 1, ...: mean 1.25) and closure; only two of
    /// them on the headline, which must show as hidden.
    /// </summary>
    private static async Task SeedPracticeAsync(PracticeStore store, DateTimeOffset now)
    {
        var hour = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-1).AddHours(10);
        for (var i = 0; i < 8; i++)
        {
            var items = new Dictionary<string, int> { ["empathy"] = i < 2 ? 2 : 1, ["closure"] = i % 3 };
            if (i < 2) items["headline"] = 2;
            await store.RecordAsync($"practice-learner-{i}", new PracticeResult("do_everything", Difficulty.Realistic, hour, 3, 6, items), true, CancellationToken.None);
        }
    }

    /// <summary>A month of plausible use: 40 clinicians in three roles, five frameworks, two flows, ratings, gaps, eight practice sessions.</summary>
    private static List<UsageEvent> Seed(DateTimeOffset now)
    {
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        string[] frameworks = ["spikes", "remap", "nurse", "sicg", "best_case_worst_case", "hope"];
        string[] roles = ["physician", "nurse", "social_worker"];
        var events = new List<UsageEvent>();
        for (var day = 0; day < 30; day++)
        {
            for (var i = 0; i < 8 + (day * 7 % 13); i++)
            {
                var user = (day * 13 + i * 7) % 40;
                // "hope" is rare (a couple of users): the chart must show it as hidden, not as a number.
                var framework = frameworks[(user + day) % 5];
                events.Add(new UsageEvent
                {
                    Hour = today.AddDays(-day).AddHours(8 + i % 9),
                    Kind = UsageKinds.Turn,
                    Pseudonym = $"seed-user-{user}",
                    Channel = "msteams",
                    Intent = "quick_tip",
                    Frameworks = day == 3 && i < 2 ? ["hope"] : [framework],
                    Role = roles[user % 3],
                    Flow = i % 4 is 0 or 1 ? (day % 2 == 0 ? "family_meeting" : "breaking_news") : null,
                    FlowEvent = i % 4 == 0 ? "started" : i % 4 == 1 ? (day % 3 == 0 ? "abandoned" : "completed") : null,
                    Rating = i % 3 == 0 ? (user % 4 == 0 ? "unhelpful" : "helpful") : null,
                    Unanswered = i % 5 == 0,
                    GapTerms = i % 5 == 0 ? [user % 2 == 0 ? "organ donation" : "tube feeding"] : day == 5 && i == 1 ? ["rare topic"] : [],
                });
            }
        }

        events.AddRange(Enumerable.Range(0, 8).Select(i => new UsageEvent
        {
            Hour = today.AddDays(-1).AddHours(10),
            Kind = UsageKinds.Turn,
            Pseudonym = $"practice-learner-{i}",
            Channel = "msteams",
            Intent = "practice_request",
            Flow = PracticeEngine.FlowPrefix + "do_everything",
            FlowEvent = "completed",
        }));
        return events;
    }
}
