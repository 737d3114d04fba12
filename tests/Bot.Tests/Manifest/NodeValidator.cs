using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>
/// Runs tests/js/manifest/validate.js (npm @microsoft/app-manifest, brief §7.4) in a node child process.
/// Installed by scripts/deps/42-manifest-validator.sh; on a full run (CPC_FULL_RUN=1) a missing install fails.
/// </summary>
internal static class NodeValidator
{
    public static bool Available(out string why)
    {
        why = string.Empty;
        if (File.Exists(Path.Combine(RepoPaths.ValidatorDir, "node_modules", "@microsoft", "app-manifest", "package.json")))
        {
            return true;
        }

        why = "The manifest validator is not installed: run scripts/deps/42-manifest-validator.sh (npm ci in tests/js/manifest).";
        Assert.False(Environment.GetEnvironmentVariable("CPC_FULL_RUN") == "1", why);
        return false;
    }

    /// <summary>The validator's exit code and the schema errors it reported.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<string> Errors)> ValidateAsync(string manifestPath)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepoPaths.ValidatorDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("validate.js");
        start.ArgumentList.Add(manifestPath);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode is 0 or 1, $"validate.js crashed ({process.ExitCode}): {await stderr}");
        var errors = JsonNode.Parse(await stdout)!["errors"]!.AsArray().Select(e => e!.ToString()).ToList();
        return (process.ExitCode, errors);
    }
}
