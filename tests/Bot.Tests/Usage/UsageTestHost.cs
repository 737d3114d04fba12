using System.Runtime.CompilerServices;
using CpcCoach.Bot.Tests.Support;
using CpcCoach.Bot.Turns;
using CpcCoach.Bot.Usage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.Usage;

/// <summary>Shared set-up for usage and insights tests: a bot with SQLite in a temp folder and a known pseudonym key.</summary>
public static class UsageTestHost
{
    public const string PseudonymKey = "test-pseudonym-key-0123456789abcdefghijklmnop";

    /// <summary>One folder per test process for every test's store, deleted when the process exits.</summary>
    private static readonly Lazy<string> Root = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("cpc-usage-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A store still closing at exit: the folder is left in the temp directory, and no test result changes.
            }
        };
        return root;
    });

    /// <summary>An empty folder of its own for one test's SQLite store.</summary>
    public static string TempFolder() => Directory.CreateDirectory(Path.Combine(Root.Value, Guid.NewGuid().ToString("N"))).FullName;

    public static BotApp App(string folder) => new BotApp()
        .With("Usage:DataFolder", folder)
        .With("Usage:PseudonymKey", PseudonymKey);

    /// <summary>The pseudonym the bot gives a test-channel user with no tenant.</summary>
    public static string PseudonymOf(string userId, string channel = "test") =>
        new Pseudonymizer(PseudonymKey).Current(new UsageUser($"channel:{channel}", userId, channel, userId, null));

    /// <summary>Waits (no sleeping) until every queued event is written, then reads the whole store.</summary>
    public static async Task<IReadOnlyList<UsageEvent>> StoredAsync(this BotApp app)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.Services.GetRequiredService<UsageQueue>().WaitIdleAsync(cts.Token);
        return await app.Services.GetRequiredService<IUsageStore>().ReadAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddYears(-1), cts.Token);
    }

    /// <summary>Adds a middleware (inside the usage middleware) that fills in what routing and dialogs would decide.</summary>
    public static BotApp WithFacts(this BotApp app, Action<TurnContext> decide) =>
        app.WithServices(services => services.AddSingleton<ITurnMiddleware>(new FactsMiddleware(decide)));

    public static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        var dir = Path.GetDirectoryName(sourceFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "CpcCoachBot.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"No CpcCoachBot.sln above {sourceFile}.");
    }

    /// <summary>True when present. Missing: a failure in a full run (CPC_FULL_RUN=1), else a message and an early return.</summary>
    public static bool Require(bool present, string what, string installedBy, ITestOutputHelper output)
    {
        if (present)
        {
            return true;
        }

        var message = $"{what} is not available; scripts/deps/{installedBy} installs and starts it (scripts/test.sh runs it).";
        Assert.False(Environment.GetEnvironmentVariable("CPC_FULL_RUN") == "1", message);
        output.WriteLine("SKIPPED PART: " + message);
        return false;
    }

    private sealed class FactsMiddleware(Action<TurnContext> decide) : ITurnMiddleware
    {
        // Decides after the inner turn, so the test's facts are what the usage middleware (outside it) records.
        public async Task OnTurnAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
        {
            await next(turn, cancellationToken);
            decide(turn);
        }
    }
}
