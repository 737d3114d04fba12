using System.IO.Compression;
using CpcCoach.TeamsPackage;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>Runs the packaging command in-process with switches, as an IT admin would on the command line.</summary>
internal sealed class Packaging : IDisposable
{
    public const string BotId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    public const string AppId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    public string Dir { get; } = Directory.CreateTempSubdirectory("cpc-teams-").FullName;

    public string ZipPath => Path.Combine(Dir, "cpc-coach.zip");

    public static string[] GoodArgs(params string[] overrides)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--bot-id"] = BotId,
            ["--app-id"] = AppId,
            ["--host"] = "coach.example-hospital.org",
            ["--developer-name"] = "Example Hospital \"IT\"",
            ["--website-url"] = "https://example-hospital.org/cpc-coach",
            ["--privacy-url"] = "https://example-hospital.org/privacy",
            ["--terms-url"] = "https://example-hospital.org/terms",
            ["--manifest-dir"] = RepoPaths.ManifestDir,
        };
        for (var i = 0; i + 1 < overrides.Length; i += 2)
        {
            values[overrides[i]] = overrides[i + 1];
        }

        return [.. values.Where(v => v.Value.Length > 0).SelectMany(v => new[] { v.Key, v.Value })];
    }

    public (int ExitCode, string Output, string Errors) Run(string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = PackageCommand.Pack([.. args, "--out", ZipPath], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>Extracts the zip into a folder and returns the manifest path inside it.</summary>
    public string Extract()
    {
        var target = Path.Combine(Dir, "extracted");
        ZipFile.ExtractToDirectory(ZipPath, target);
        return Path.Combine(target, "manifest.json");
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
