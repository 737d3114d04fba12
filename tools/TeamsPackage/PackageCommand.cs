using Microsoft.Extensions.Configuration;

namespace CpcCoach.TeamsPackage;

/// <summary>
/// dotnet run --project tools/TeamsPackage -- [pack] --bot-id GUID --app-id GUID --host HOST ... --out cpc-coach.zip
/// dotnet run --project tools/TeamsPackage -- icons [--manifest-dir manifest]
/// Values come from an optional --settings JSON file, then the environment (MicrosoftAppId, TeamsApp__Id, ...),
/// then the command line, later sources winning.
/// </summary>
internal static class PackageCommand
{
    // Not a top-level Program: the test project also sees the bot's Program, and two would collide.
    public static int Main(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "pack";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        try
        {
            return verb switch
            {
                "pack" => Pack(rest, Console.Out, Console.Error),
                "icons" => WriteIcons(rest, Console.Out),
                _ => Usage(Console.Error, $"Unknown verb '{verb}'."),
            };
        }
        catch (FormatException ex)
        {
            // A malformed command line (a switch without its value) is the user's to fix, not a crash.
            return Usage(Console.Error, ex.Message);
        }
    }

    internal static int Pack(string[] args, TextWriter output, TextWriter errors)
    {
        var configuration = Read(args);
        var read = PackageSettings.Read(configuration);
        if (read.Errors.Count > 0)
        {
            errors.WriteLine("The Teams app package was not written:");
            foreach (var error in read.Errors)
            {
                errors.WriteLine($"  - {error}");
            }

            errors.WriteLine("Pass the values as switches (see docs/deploy.md) or set them in the environment.");
            return 2;
        }

        var manifestDir = configuration["ManifestDir"] ?? DefaultManifestDir();
        var outPath = Path.GetFullPath(configuration["Out"] ?? "cpc-coach-teams.zip");
        AppPackage.Write(manifestDir, read.Settings!, outPath);
        output.WriteLine($"Wrote {outPath} (manifest.json, color.png, outline.png) for bot {read.Settings!.BotId}.");
        return 0;
    }

    private static int WriteIcons(string[] args, TextWriter output)
    {
        var manifestDir = Read(args)["ManifestDir"] ?? DefaultManifestDir();
        File.WriteAllBytes(Path.Combine(manifestDir, AppPackage.ColorIcon), Png.Encode(Icons.Color()));
        File.WriteAllBytes(Path.Combine(manifestDir, AppPackage.OutlineIcon), Png.Encode(Icons.Outline()));
        output.WriteLine($"Wrote {AppPackage.ColorIcon} and {AppPackage.OutlineIcon} to {Path.GetFullPath(manifestDir)}.");
        return 0;
    }

    internal static IConfiguration Read(string[] args)
    {
        var commandLine = new ConfigurationBuilder().AddCommandLine(args, Switches).Build();
        var builder = new ConfigurationBuilder();
        if (commandLine["Settings"] is { Length: > 0 } settings)
        {
            builder.AddJsonFile(Path.GetFullPath(settings), optional: false);
        }

        return builder.AddEnvironmentVariables().AddCommandLine(args, Switches).Build();
    }

    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--bot-id"] = PackageSettings.BotIdKey,
        ["--app-id"] = PackageSettings.AppIdKey,
        ["--host"] = PackageSettings.HostKey,
        ["--version"] = PackageSettings.VersionKey,
        ["--developer-name"] = PackageSettings.DeveloperNameKey,
        ["--website-url"] = PackageSettings.WebsiteUrlKey,
        ["--privacy-url"] = PackageSettings.PrivacyUrlKey,
        ["--terms-url"] = PackageSettings.TermsOfUseUrlKey,
        ["--manifest-dir"] = "ManifestDir",
        ["--out"] = "Out",
        ["--settings"] = "Settings",
    };

    // Run from the repository root or from tools/TeamsPackage: either way the committed manifest/ is found.
    private static string DefaultManifestDir()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifest", AppPackage.Manifest);
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        return "manifest";
    }

    private static int Usage(TextWriter errors, string problem)
    {
        errors.WriteLine(problem);
        errors.WriteLine("Usage: TeamsPackage [pack] --bot-id GUID --app-id GUID --host HOST --developer-name NAME");
        errors.WriteLine("         --website-url URL --privacy-url URL --terms-url URL [--version 1.0.0] [--out file.zip]");
        errors.WriteLine("       TeamsPackage icons [--manifest-dir manifest]");
        return 2;
    }
}
