using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.Coaching;

/// <summary>
/// Every card the bot sends for the 30 dev queries, and every other kind of card (help, each guided flow's prompts
/// and plan, practice choice and progress), passes the official adaptivecards library (npm 3.0.6, installed by
/// scripts/deps/41-adaptivecards.sh): no parse or validation events, version at most 1.5, at most 28 KB.
/// </summary>
public sealed class CardValidationTests(BotApp app, ITestOutputHelper output) : IClassFixture<BotApp>
{
    [Fact]
    public async Task CardsForAllDevQueries_PassTheAdaptiveCardsLibrary()
    {
        var root = RepoRoot();
        var cards = new JsonArray();
        foreach (var (id, text) in DevQueries(Path.Combine(root, "tests", "Knowledge.Tests", "Evals", "dev-queries.yaml")))
        {
            Collect(cards, id, await app.Conversation().Send(text));
        }

        Assert.True(cards.Count >= 30, $"expected a card for (nearly) every dev query, got {cards.Count}");
        await AssertAllPassAsync(root, cards);
    }

    [Fact]
    public async Task CardsOfHelpFlowsAndPractice_PassTheAdaptiveCardsLibrary()
    {
        var cards = new JsonArray();
        var conversations = new Dictionary<string, string[]>
        {
            ["help"] = ["help"],
            ["prepare"] = ["prepare a conversation", "Family meeting", "Patient and family", "They think he will recover",
                "Moving to comfort-focused care", "They will be angry", "show my plan", "helpful", "skip"],
            ["learn"] = ["teach me REMAP", "next", "next", "stop"],
            ["debrief"] = ["debrief", "the family meeting went badly and I keep replaying it"],
            ["practice"] = ["role play a family meeting", "my progress"],
        };
        foreach (var (name, script) in conversations)
        {
            var chat = app.Conversation();
            for (var turn = 0; turn < script.Length; turn++)
            {
                Collect(cards, $"{name}:{turn}", await chat.Send(script[turn]));
            }
        }

        foreach (var kind in new[] { "help", "prepare", "learn", "practice" })
        {
            Assert.Contains(cards, c => ((string)c!["name"]!).StartsWith(kind + ":", StringComparison.Ordinal));
        }

        await AssertAllPassAsync(RepoRoot(), cards);
    }

    private static void Collect(JsonArray cards, string name, Replies replies)
    {
        var n = 0;
        foreach (var card in replies.Cards)
        {
            cards.Add(new JsonObject { ["name"] = $"{name}#{n++}", ["card"] = card.DeepClone() });
        }
    }

    private async Task AssertAllPassAsync(string root, JsonArray cards)
    {
        var validator = Path.Combine(root, "tests", "js", "adaptivecards", "validate.js");
        if (!File.Exists(Path.Combine(root, "tests", "js", "adaptivecards", "node_modules", "adaptivecards", "package.json")))
        {
            Assert.True(Environment.GetEnvironmentVariable("CPC_FULL_RUN") != "1", "adaptivecards is not installed; run scripts/deps/41-adaptivecards.sh");
            output.WriteLine("adaptivecards npm package not installed (scripts/deps/41-adaptivecards.sh); skipping validation outside a full run.");
            return;
        }

        var results = JsonNode.Parse(await RunNodeAsync(validator, cards.ToJsonString()))!.AsArray();
        var failures = results.Where(r => r!["problems"]!.AsArray().Count > 0).Select(r => r!.ToJsonString()).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(cards.Count, results.Count);
        output.WriteLine($"{cards.Count} cards passed");
    }

    private static async Task<string> RunNodeAsync(string script, string stdin)
    {
        using var process = Process.Start(new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await stderr);
        return await stdout;
    }

    /// <summary>The id and text of each query; the file's texts are block scalars ("text: |-" then one indented line).</summary>
    private static IEnumerable<(string Id, string Text)> DevQueries(string path)
    {
        var lines = File.ReadAllLines(path);
        string? id = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("- id:", StringComparison.Ordinal))
            {
                id = line[5..].Trim();
            }
            else if (line == "text: |-" && id is not null && i + 1 < lines.Length)
            {
                yield return (id, lines[i + 1].Trim());
            }
        }
    }

    // The build output may live outside the repo (--artifacts-path), so the repo is found from this source file.
    private static string RepoRoot([CallerFilePath] string sourceFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sourceFile)!, "..", "..", ".."));
}
