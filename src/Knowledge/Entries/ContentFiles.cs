using System.Reflection;

namespace CpcCoach.Knowledge.Entries;

/// <summary>
/// Where entry files come from: the copies embedded in this assembly, optionally overlaid by a folder an
/// educator edits (same relative layout; a file there replaces the embedded one of the same name).
/// </summary>
public static class ContentFiles
{
    private const string Prefix = "Content/";

    public static IReadOnlyList<ContentFile> Embedded()
    {
        var assembly = typeof(ContentFiles).Assembly;
        var files = new List<ContentFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add(new ContentFile(name, Read(assembly, name)));
        }

        return files;
    }

    /// <summary>The embedded files with every *.md under <paramref name="folder"/> laid over them (README.md excluded).</summary>
    public static IReadOnlyList<ContentFile> WithOverrides(IReadOnlyList<ContentFile> embedded, string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return embedded;
        }

        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The knowledge content override folder '{folder}' does not exist. Fix: create it or remove the Knowledge:ContentPath setting.");
        }

        var byName = embedded.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (!relative.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                byName[Prefix + relative] = new ContentFile(Prefix + relative, File.ReadAllText(path));
            }
        }

        return [.. byName.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
