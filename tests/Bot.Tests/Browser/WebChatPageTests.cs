using CpcCoach.Bot.Tests.DirectLine;
using CpcCoach.Bot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CpcCoach.Bot.Tests.Browser;

/// <summary>
/// The page at / in real Chromium (Debian's, driven by Playwright; no browser is downloaded): Microsoft's Web Chat
/// talks to our Direct Line surface, renders the help card and suggested actions, and a click gets the next reply.
/// </summary>
public sealed class WebChatPageTests(ITestOutputHelper output)
{
    private const string Chromium = HeadlessChromium.Path;

    [Fact]
    public async Task WebChat_ShowsTheHelpCard_AndASuggestedActionGetsTheNextReply()
    {
        if (!LiveServer.Require(File.Exists(Chromium), Chromium, "30-chromium.sh", output))
        {
            return;
        }

        await using var app = new BotApp();
        var baseUri = LiveServer.Start(app);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 900 }, Locale = "en-US" });
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync(baseUri.ToString());
        await Expect(page).ToHaveTitleAsync("CPC Coach: practise serious-illness conversations");
        await Expect(page.GetByRole(AriaRole.Note).Filter(new() { HasText = "not clinical decision support" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Paragraph).Filter(new() { HasText = "I help you prepare for and practise" }).First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        // Web Chat's own accessibility: one main landmark (ours is the banner), and a labelled send box.
        await Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        var sendBox = page.GetByRole(AriaRole.Textbox, new() { Name = "Message input box" });
        await sendBox.FillAsync("help");
        await sendBox.PressAsync("Enter");

        var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Ask me in your own words" });
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var suggestions = page.Locator(".webchat__suggested-actions");
        var action = suggestions.GetByRole(AriaRole.Button, new() { Name = "Learn a framework" });
        await Expect(action).ToBeVisibleAsync();
        var botBubbles = page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");
        var before = await botBubbles.CountAsync();

        await action.ClickAsync();

        await Expect(page.Locator(".webchat__bubble--from-user").Last).ToContainTextAsync("learn a framework");
        await Expect(botBubbles).Not.ToHaveCountAsync(before, new() { Timeout = 20_000 });
        Assert.True(await botBubbles.CountAsync() > before, "a new bot reply after the suggested action");

        var screenshot = Path.Combine(LiveServer.RepoRoot(), "test-artifacts", "webchat.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.Empty(problems);
    }
}
