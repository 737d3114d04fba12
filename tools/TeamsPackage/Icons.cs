namespace CpcCoach.TeamsPackage;

/// <summary>
/// The app's glyph, drawn from shapes: a speech bubble with a heart cut out of it (a conversation held with
/// care). Teams wants a full-colour 192×192 icon and a 32×32 outline that is white on transparent only.
/// </summary>
internal static class Icons
{
    // The manifest's accentColor, so the tile and the icon background match.
    private static readonly (byte R, byte G, byte B) Accent = (0x3F, 0x6E, 0x8C);

    // Each pixel is sampled on a 4×4 grid; the fraction inside the glyph becomes its coverage (anti-aliasing).
    private const int Samples = 4;

    /// <summary>White glyph on the accent colour, filling the square.</summary>
    public static Rgba Color(int size = 192)
    {
        var image = new Rgba(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var cover = Coverage(x, y, size);
                var pixel = image.At(x, y);
                pixel[0] = Blend(Accent.R, 255, cover);
                pixel[1] = Blend(Accent.G, 255, cover);
                pixel[2] = Blend(Accent.B, 255, cover);
                pixel[3] = 255;
            }
        }

        return image;
    }

    /// <summary>White glyph, transparent elsewhere: colour is always white, only alpha varies.</summary>
    public static Rgba Outline(int size = 32)
    {
        var image = new Rgba(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var alpha = (byte)Math.Round(Coverage(x, y, size) * 255);
                var pixel = image.At(x, y);
                pixel[0] = pixel[1] = pixel[2] = alpha > 0 ? (byte)255 : (byte)0;
                pixel[3] = alpha;
            }
        }

        return image;
    }

    private static double Coverage(int x, int y, int size)
    {
        var inside = 0;
        for (var sy = 0; sy < Samples; sy++)
        {
            for (var sx = 0; sx < Samples; sx++)
            {
                var u = (x + ((sx + 0.5) / Samples)) / size;
                var v = (y + ((sy + 0.5) / Samples)) / size;
                if (InGlyph(u, v))
                {
                    inside++;
                }
            }
        }

        return inside / (double)(Samples * Samples);
    }

    /// <summary>Unit square, y down: inside the bubble or its tail, and not inside the heart.</summary>
    internal static bool InGlyph(double u, double v) => (InBubble(u, v) || InTail(u, v)) && !InHeart(u, v);

    private static bool InBubble(double u, double v)
    {
        const double left = 0.12, right = 0.88, top = 0.16, bottom = 0.70, radius = 0.14;
        var cx = Math.Clamp(u, left + radius, right - radius);
        var cy = Math.Clamp(v, top + radius, bottom - radius);
        return u >= left && u <= right && v >= top && v <= bottom && Square(u - cx) + Square(v - cy) <= radius * radius;
    }

    // A triangle under the bubble's lower left, pointing down and outwards like a speech bubble's tail.
    private static bool InTail(double u, double v) =>
        InTriangle(u, v, (0.26, 0.66), (0.46, 0.66), (0.22, 0.86));

    // The classic heart curve (x²+y²−1)³ − x²y³ ≤ 0, centred in the bubble.
    private static bool InHeart(double u, double v)
    {
        const double scale = 0.155;
        var x = (u - 0.5) / scale;
        var y = -(v - 0.445) / scale;
        return Math.Pow((x * x) + (y * y) - 1, 3) - (x * x * y * y * y) <= 0;
    }

    private static bool InTriangle(double u, double v, (double X, double Y) a, (double X, double Y) b, (double X, double Y) c)
    {
        var d1 = Side(u, v, a, b);
        var d2 = Side(u, v, b, c);
        var d3 = Side(u, v, c, a);
        return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
    }

    private static double Side(double u, double v, (double X, double Y) p, (double X, double Y) q) =>
        ((u - q.X) * (p.Y - q.Y)) - ((p.X - q.X) * (v - q.Y));

    private static double Square(double d) => d * d;

    private static byte Blend(byte from, byte to, double t) => (byte)Math.Round(from + ((to - from) * t));
}
