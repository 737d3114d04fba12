using System.Text.Json.Nodes;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>The packaged manifest passes Microsoft's own validator, npm @microsoft/app-manifest (brief §7.4).</summary>
public sealed class ManifestValidatorTests : IDisposable
{
    private readonly Packaging _packaging = new();

    [Fact]
    public async Task PackagedManifest_PassesTheOfficialValidator()
    {
        if (!NodeValidator.Available(out var why))
        {
            Console.WriteLine(why);
            return;
        }

        Assert.Equal(0, _packaging.Run(Packaging.GoodArgs()).ExitCode);

        var (exitCode, errors) = await NodeValidator.ValidateAsync(_packaging.Extract());

        Assert.Empty(errors);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task PackagedManifest_UsesSchema124OrNewer_WithAllThreeScopes()
    {
        Assert.Equal(0, _packaging.Run(Packaging.GoodArgs()).ExitCode);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(_packaging.Extract()))!;

        var version = Version.Parse((string)manifest["manifestVersion"]!);
        Assert.True(version >= new Version(1, 24), $"manifestVersion {version}");
        Assert.EndsWith($"/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"], StringComparison.Ordinal);
        var scopes = manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s);
        Assert.Equal(["personal", "team", "groupChat"], scopes);
    }

    // The validator is only worth trusting if it rejects: a manifest broken the way people break it must fail.
    [Fact]
    public async Task Validator_RejectsAManifestWithTheOldGroupchatSpelling()
    {
        if (!NodeValidator.Available(out var why))
        {
            Console.WriteLine(why);
            return;
        }

        Assert.Equal(0, _packaging.Run(Packaging.GoodArgs()).ExitCode);
        var path = _packaging.Extract();
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var (exitCode, errors) = await NodeValidator.ValidateAsync(path);

        Assert.Equal(1, exitCode);
        Assert.NotEmpty(errors);
    }

    public void Dispose() => _packaging.Dispose();
}
