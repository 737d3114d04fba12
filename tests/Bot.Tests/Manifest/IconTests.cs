using CpcCoach.TeamsPackage;

namespace CpcCoach.Bot.Tests.Manifest;

/// <summary>The committed icons (brief §6.1): 192×192 colour, 32×32 outline white on transparent, drawn by the project.</summary>
public sealed class IconTests
{
    private static Rgba Committed(string name) => PngReader.Read(File.ReadAllBytes(Path.Combine(RepoPaths.ManifestDir, name)));

    [Fact]
    public void ColorIcon_Is192Square_AndFullyOpaque()
    {
        var icon = Committed("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(Pixels(icon), p => Assert.Equal(255, p.A));
        Assert.True(Pixels(icon).Select(p => (p.R, p.G, p.B)).Distinct().Count() > 2, "the colour icon should show a glyph, not one flat colour");
    }

    [Fact]
    public void OutlineIcon_Is32Square_WhiteOnly_OnATransparentBackground()
    {
        var icon = Committed("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        // Every pixel that shows anything is pure white; only alpha carries the shape.
        Assert.All(Pixels(icon).Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        // The background is transparent: the corners, and the heart cut out of the bubble's middle.
        foreach (var (x, y) in new[] { (0, 0), (31, 0), (0, 31), (31, 31), (16, 14) })
        {
            Assert.Equal(0, icon.At(x, y)[3]);
        }

        var opaque = Pixels(icon).Count(p => p.A == 255);
        var clear = Pixels(icon).Count(p => p.A == 0);
        Assert.InRange(opaque, 150, 800);
        Assert.InRange(clear, 200, 900);
    }

    [Theory]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void CommittedIcons_AreExactlyWhatTheGeneratorDraws(string name)
    {
        var drawn = name == "color.png" ? Icons.Color() : Icons.Outline();

        Assert.Equal(drawn.Pixels, Committed(name).Pixels);
        // The writer's own output decodes to the same pixels, so the encoder and this reader agree.
        Assert.Equal(drawn.Pixels, PngReader.Read(Png.Encode(drawn)).Pixels);
    }

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(Rgba image) =>
        image.Pixels.Chunk(4).Select(p => (p[0], p[1], p[2], p[3]));
}
