using System.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Bytes to text: the byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, UTF-8, else Windows-1252.</summary>
public sealed partial class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The usual encoding of Western text that is not UTF-8; the CodePages provider ships with .NET.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 encoding is not available.");

    private static readonly (byte[] Mark, Encoding Encoding, string Name)[] ByteOrderMarks =
    [
        // UTF-32 LE before UTF-16 LE: its mark starts with the same two bytes.
        ([0xFF, 0xFE, 0x00, 0x00], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0x00, 0x00, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "UTF-32"),
        ([0xEF, 0xBB, 0xBF], StrictUtf8, "UTF-8"),
        ([0xFF, 0xFE], new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
        ([0xFE, 0xFF], new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "UTF-16"),
    ];

    /// <summary>
    /// Decodes one article file. A byte-order mark names the encoding; otherwise UTF-8 is tried, and text that is not
    /// valid UTF-8 is read as Windows-1252 with a warning. Empty files, binary data and text that does not match its
    /// mark are reported and give null.
    /// </summary>
    internal string? DecodeText(byte[] bytes, string file)
    {
        if (bytes.AsSpan().Trim((byte)' ').IsEmpty)
        {
            Report(file, null, $"{file}: the file is empty; skipped.");
            return null;
        }

        string text;
        var (mark, encoding, name) = ByteOrderMarks.FirstOrDefault(b => bytes.AsSpan().StartsWith(b.Mark));
        if (mark is not null)
        {
            try
            {
                text = encoding.GetString(bytes, mark.Length, bytes.Length - mark.Length);
            }
            catch (DecoderFallbackException)
            {
                Report(file, null, $"{file}: the file is marked as {name} but is not valid {name}; skipped.");
                return null;
            }
        }
        else if (LooksBinary(bytes))
        {
            Report(file, null, $"{file}: the file holds binary data, not text; skipped.");
            return null;
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                text = Windows1252.GetString(bytes);
                Report(file, null, $"{file}: not valid UTF-8 (a bad byte at offset {ex.Index}); read as Windows-1252.", skipped: false);
            }
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Report(file, null, $"{file}: the file holds only white space; skipped.");
            return null;
        }

        return text;
    }

    /// <summary>NUL bytes, or more than one control character in a hundred (tabs and line breaks aside), in the first megabyte.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 1 << 20)];
        if (head.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b is < 0x20 and not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) or 0x7F)
            {
                controls++;
            }
        }

        return controls * 100 > head.Length;
    }
}
