using System.Net;
using System.Runtime.CompilerServices;
using CpcCoach.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 (random port), for clients outside the process: node, Chromium.
/// Also finds the repository and the external tools those clients need.
/// </summary>
public static class LiveServer
{
    public static Uri Start(BotApp app)
    {
        app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First());
    }

    /// <summary>The repository root, found from this source file (build output may live outside the tree).</summary>
    public static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = Path.GetDirectoryName(sourceFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "CpcCoachBot.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"No CpcCoachBot.sln above {sourceFile}.");
    }

    /// <summary>
    /// True when the tool is there. Otherwise a full run (CPC_FULL_RUN=1, set by scripts/test.sh) fails, naming the
    /// script that installs it; a local run says so and lets the test return early.
    /// </summary>
    public static bool Require(bool present, string what, string installedBy, ITestOutputHelper output)
    {
        if (present)
        {
            return true;
        }

        var message = $"{what} is missing; scripts/deps/{installedBy} installs it.";
        if (Environment.GetEnvironmentVariable("CPC_FULL_RUN") == "1")
        {
            Assert.Fail(message);
        }

        output.WriteLine("Not run: " + message);
        return false;
    }

    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
