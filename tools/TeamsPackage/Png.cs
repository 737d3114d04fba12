using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CpcCoach.TeamsPackage;

/// <summary>An 8-bit RGBA image, row by row, four bytes a pixel.</summary>
internal sealed record Rgba(int Width, int Height, byte[] Pixels)
{
    public Rgba(int width, int height)
        : this(width, height, new byte[width * height * 4])
    {
    }

    public Span<byte> At(int x, int y) => Pixels.AsSpan(((y * Width) + x) * 4, 4);
}

/// <summary>
/// Minimal PNG writer (RGBA, 8 bits, no interlace, filter 0) so the icons need no imaging library:
/// System.Drawing is Windows-only, and two small icons do not justify a dependency.
/// </summary>
internal static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Encode(Rgba image)
    {
        using var output = new MemoryStream();
        output.Write(Signature);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;  // bits per channel
        header[9] = 6;  // colour type: truecolour with alpha
        WriteChunk(output, "IHDR", header);

        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var stride = image.Width * 4;
                for (var y = 0; y < image.Height; y++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(image.Pixels, y * stride, stride);
                }
            }

            WriteChunk(output, "IDAT", raw.ToArray());
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeBytes, data));
        output.Write(number);
    }

    private static uint Crc32(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return c;
    })];
}
