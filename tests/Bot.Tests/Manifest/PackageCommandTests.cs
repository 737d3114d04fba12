using System.IO.Compression;
using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>The packaging command: placeholders filled from switches, the zip's layout, and clear refusals.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly Packaging _packaging = new();

    [Fact]
    public void Pack_WithEveryValue_WritesManifestAndBothIconsAtTheZipRoot()
    {
        var (code, output, errors) = _packaging.Run(Packaging.GoodArgs());

        Assert.True(code == 0, errors);
        Assert.Contains(Packaging.BotId, output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(_packaging.ZipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepoPaths.ManifestDir, "outline.png")),
            ReadAll(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public void Pack_FillsEveryPlaceholder_FromTheSwitches()
    {
        _packaging.Run(Packaging.GoodArgs("--version", "1.4.2"));

        var text = File.ReadAllText(_packaging.Extract());
        var manifest = JsonNode.Parse(text)!;
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal(Packaging.AppId, (string?)manifest["id"]);
        Assert.Equal("1.4.2", (string?)manifest["version"]);
        Assert.Equal(Packaging.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("Example Hospital \"IT\"", (string?)manifest["developer"]!["name"]);
        Assert.Equal("https://example-hospital.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(["coach.example-hospital.org"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void Template_CarriesPlaceholders_NeverRealIds()
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.ManifestDir, "manifest.json")))!;

        Assert.Equal("{{APP_ID}}", (string?)template["id"]);
        Assert.Equal("{{BOT_ID}}", (string?)template["bots"]![0]!["botId"]);
        Assert.Equal(["{{HOST}}"], template["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6f1c2a3b4d5e4f608a7b9c0d1e2f3a4b0")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{{BOT_ID}}")]
    public void Pack_WithABadBotId_RefusesAndSaysWhichValueAndWhy(string botId)
    {
        var (code, _, errors) = _packaging.Run(Packaging.GoodArgs("--bot-id", botId));

        Assert.Equal(2, code);
        Assert.Contains("MicrosoftAppId (--bot-id)", errors, StringComparison.Ordinal);
        Assert.Contains(botId.StartsWith("{{", StringComparison.Ordinal) ? "is missing" : "is not a GUID", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_packaging.ZipPath));
    }

    [Fact]
    public void Pack_WithValuesMissing_ListsEveryMissingValue()
    {
        var (code, _, errors) = _packaging.Run(Packaging.GoodArgs("--bot-id", string.Empty, "--privacy-url", string.Empty, "--host", string.Empty));

        Assert.Equal(2, code);
        Assert.Contains("MicrosoftAppId (--bot-id) is missing", errors, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:PrivacyUrl (--privacy-url) is missing", errors, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:Host (--host) is missing", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_packaging.ZipPath));
    }

    [Theory]
    [InlineData("--host", "https://coach.example.org/", "not a host name")]
    [InlineData("--privacy-url", "http://example.org/privacy", "absolute https URL")]
    [InlineData("--version", "1.0", "not a version")]
    [InlineData("--developer-name", "A developer name that is far longer than Teams allows", "Teams allows 32")]
    public void Pack_WithAMalformedValue_Refuses(string option, string value, string reason)
    {
        var (code, _, errors) = _packaging.Run(Packaging.GoodArgs(option, value));

        Assert.Equal(2, code);
        Assert.Contains(reason, errors, StringComparison.Ordinal);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => _packaging.Dispose();
}
