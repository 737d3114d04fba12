using System.Diagnostics;
using System.Text.Json.Nodes;
using CpcCoach.Bot.Tests.Support;
using Xunit.Abstractions;

namespace CpcCoach.Bot.Tests.DirectLine;

/// <summary>
/// A second client we did not write: Microsoft's botframework-directlinejs, in Node, polling (brief §7.1),
/// holds a conversation with the bot on Kestrel: welcome, help, a suggested action, the next reply.
/// </summary>
public sealed class DirectLineJsClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task DirectLineJs_InPollingMode_HoldsAConversation()
    {
        var script = Path.Combine(LiveServer.RepoRoot(), "tests", "js", "directline-conversation.js");
        var node = LiveServer.OnPath("node");
        if (!LiveServer.Require(node is not null, "node", "40-node-tests.sh", output)
            || !LiveServer.Require(Directory.Exists(Path.Combine(Path.GetDirectoryName(script)!, "node_modules", "botframework-directlinejs")), "tests/js/node_modules", "40-node-tests.sh", output))
        {
            return;
        }

        const string secret = "node-client-secret";
        await using var app = new BotApp().With("DirectLine:Secret", secret);
        var baseUri = LiveServer.Start(app);

        var start = new ProcessStartInfo(node!, [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        start.Environment["DIRECTLINE_DOMAIN"] = new Uri(baseUri, "/v3/directline").ToString();
        start.Environment["DIRECTLINE_SECRET"] = secret;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }

        output.WriteLine(await stderr);
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}: {await stderr}");
        var seen = JsonNode.Parse(await stdout)!;
        var conversationId = (string)seen["conversationId"]!;
        Assert.Contains("Online", seen["statuses"]!.AsArray().Select(s => (string?)s));
        Assert.StartsWith("Hello, I'm CPC Coach", (string?)seen["welcome"]);
        Assert.Equal("help", (string?)seen["echo"]!["text"]);
        Assert.Equal("user", (string?)seen["echo"]!["role"]);
        Assert.Equal("node-help", (string?)seen["echo"]!["clientActivityID"]);
        Assert.StartsWith(conversationId + "|", (string?)seen["echo"]!["id"]);
        Assert.StartsWith(conversationId + "|", (string?)seen["next"]!["id"]);
        Assert.False(string.IsNullOrEmpty((string?)seen["action"]!["value"]));
        Assert.True((string?)seen["next"]!["text"] is { Length: > 0 } || (int)seen["next"]!["attachments"]! > 0, "the suggested action got an answer");
    }
}
