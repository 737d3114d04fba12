using System.Runtime.CompilerServices;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>Files of the repository the tests read: the committed manifest folder and the npm validator.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestDir => Path.Combine(Root, "manifest");

    public static string ValidatorDir => Path.Combine(Root, "tests", "js", "manifest");

    // Builds may put binaries outside the repository (--artifacts-path), so the search starts at this source file.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CpcCoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CpcCoachBot.sln not found above {sourceFile}.");
    }
}
