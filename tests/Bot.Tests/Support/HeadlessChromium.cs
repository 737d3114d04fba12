using Microsoft.Playwright;

namespace CpcCoach.Bot.Tests.Support;

/// <summary>
/// Debian's Chromium (installed by scripts/deps/30-chromium.sh), launched by Playwright without downloading a browser.
/// The flags keep it off the network this machine does not have (background, component and sync traffic).
/// </summary>
public static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Path,
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    });
}
