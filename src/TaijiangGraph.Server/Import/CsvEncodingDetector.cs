using System.Text;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// The text encoding of an import CSV (docs/import.md, "Encodings"): a UTF-8 byte-order mark means UTF-8; otherwise UTF-8 when
/// the whole file decodes as strict UTF-8; otherwise GB18030, what Excel writes on Chinese Windows. The check streams the file
/// in fixed-size chunks, so it needs no more memory for a large file.
/// </summary>
internal static class CsvEncodingDetector
{
    /// <summary>GB18030's Windows code page.</summary>
    private const int Gb18030CodePage = 54936;

    private static readonly Lazy<Encoding> Gb18030Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage);
    });

    /// <summary>Strict UTF-8 that also skips a byte-order mark when a reader is given it.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    public static Encoding Gb18030 => Gb18030Encoding.Value;

    /// <summary>Detects the encoding of <paramref name="stream"/> from its current position and seeks back to it.</summary>
    public static Encoding Detect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            Span<byte> bom = stackalloc byte[3];
            var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
            if (read == 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF)
            {
                return Utf8;
            }

            stream.Position = start;
            return IsStrictUtf8(stream) ? Utf8 : Gb18030;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static bool IsStrictUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
