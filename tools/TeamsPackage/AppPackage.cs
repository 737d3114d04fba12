using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CpcCoach.TeamsPackage;

/// <summary>The zip Teams accepts: manifest.json and the two icons at its root, nothing else (brief §6.1).</summary>
internal static class AppPackage
{
    public const string Manifest = "manifest.json";
    public const string ColorIcon = "color.png";
    public const string OutlineIcon = "outline.png";

    public static void Write(string manifestDir, PackageSettings settings, string outPath)
    {
        var manifest = Fill(File.ReadAllText(Path.Combine(manifestDir, Manifest)), settings);
        Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
        using var zip = ZipFile.Open(outPath, ZipArchiveMode.Create);
        Add(zip, Manifest, Encoding.UTF8.GetBytes(manifest));
        Add(zip, ColorIcon, File.ReadAllBytes(Path.Combine(manifestDir, ColorIcon)));
        Add(zip, OutlineIcon, File.ReadAllBytes(Path.Combine(manifestDir, OutlineIcon)));
    }

    /// <summary>Replaces every {{PLACEHOLDER}}; values are JSON-escaped, and a placeholder left over is a bug in the template.</summary>
    public static string Fill(string template, PackageSettings settings)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["BOT_ID"] = settings.BotId.ToString("D"),
            ["APP_ID"] = settings.AppId.ToString("D"),
            ["HOST"] = settings.Host,
            ["VERSION"] = settings.Version,
            ["DEVELOPER_NAME"] = settings.DeveloperName,
            ["WEBSITE_URL"] = settings.WebsiteUrl,
            ["PRIVACY_URL"] = settings.PrivacyUrl,
            ["TERMS_URL"] = settings.TermsOfUseUrl,
        };
        var filled = template;
        foreach (var (name, value) in values)
        {
            // Escaped as a JSON string body: a developer name with a quote must not break the manifest.
            filled = filled.Replace("{{" + name + "}}", JsonEncodedText.Encode(value).ToString(), StringComparison.Ordinal);
        }

        var start = filled.IndexOf("{{", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = filled.IndexOf("}}", start, StringComparison.Ordinal);
            throw new InvalidOperationException($"manifest.json has an unknown placeholder {filled[start..(end < 0 ? filled.Length : end + 2)]}.");
        }

        // Parse once: the zip never carries a manifest that is not JSON.
        return JsonNode.Parse(filled)!.ToJsonString(Indented);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
