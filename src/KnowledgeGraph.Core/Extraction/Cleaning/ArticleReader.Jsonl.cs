using System.IO.Compression;
using System.Text.Json;
using System.Text.Unicode;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// JSON Lines: one article per line, an object with text (or content, or body) and optional title, url, publisher,
/// publishedAt (or date) and author. Read line by line from the file, its gzip form, or standard input.
/// </summary>
public sealed partial class ArticleReader
{
    static ArticleReader()
    {
        // Without it a gzip file cut short reads as if it ended there, and the loss goes unnoticed (.NET's opt-in check).
        AppContext.SetSwitch("System.IO.Compression.UseStrictValidation", true);
    }

    private IEnumerable<ArticleInput> ReadJsonlFile(string path, long bytesBefore)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(path, null, $"{path}: the file could not be read ({Reason(ex, path)}); skipped.");
            yield break;
        }

        using (file)
        {
            Stream stream = IsGzip(path) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using (stream)
            {
                var progress = () => Volatile.Write(ref _bytesRead, bytesBefore + file.Position);
                foreach (var article in ReadJsonl(stream, path, Path.GetFileName(path), progress))
                {
                    yield return article;
                }
            }
        }
    }

    private IEnumerable<ArticleInput> ReadJsonl(Stream stream, string path, string name, Action? progress)
    {
        var lines = new LineReader(stream);
        while (true)
        {
            bool more;
            try
            {
                more = lines.MoveNext();
            }
            catch (InvalidDataException)
            {
                Report(path, lines.Number, lines.Number == 0 && lines.BytesRead == 0
                    ? $"{path}: not gzip data; skipped."
                    : $"{path}: the gzip data are damaged or cut short after line {lines.Number}; the rest of the file is skipped.");
                yield break;
            }
            catch (IOException ex)
            {
                Report(path, lines.Number, $"{path}: reading failed after line {lines.Number} ({Reason(ex, path)}); the rest of the file is skipped.");
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            progress?.Invoke();
            if (lines.Number == 1 && (lines.Current.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || lines.Current.Span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
            {
                Report(path, 1, $"{path}: the file is UTF-16; JSON Lines must be UTF-8; skipped.");
                yield break;
            }

            var article = lines.TooLong
                ? Refuse(path, lines.Number, $"longer than {LineReader.MaxLineBytes >> 20} MB")
                : ParseLine(lines.Current, path, name, lines.Number);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private ArticleInput? ParseLine(ReadOnlyMemory<byte> line, string path, string name, long number)
    {
        var bytes = line.Span;
        if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
            bytes = line.Span;
        }

        if (bytes.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            JsonDocument document;
            if (Utf8.IsValid(bytes))
            {
                document = JsonDocument.Parse(line);
            }
            else
            {
                Report(path, number, $"{path} line {number}: not valid UTF-8; read as Windows-1252.", skipped: false);
                document = JsonDocument.Parse(Windows1252.GetString(bytes));
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return Refuse(path, number, "expected a JSON object with a \"text\" field");
                }

                var text = Field(root, "text") ?? Field(root, "content") ?? Field(root, "body");
                if (string.IsNullOrWhiteSpace(text))
                {
                    return Refuse(path, number, "the \"text\" field is missing or empty");
                }

                var metadata = new ArticleMetadata(Field(root, "title"), Field(root, "publisher"), Field(root, "url"),
                    Field(root, "publishedAt") ?? Field(root, "date"), Field(root, "author"));
                return new ArticleInput($"{name}#{number}", text, metadata);
            }
        }
        catch (JsonException ex)
        {
            return Refuse(path, number, $"not valid JSON ({ex.Message})");
        }
    }

    private ArticleInput? Refuse(string path, long number, string reason)
    {
        Report(path, number, $"{path} line {number}: {reason}; skipped.");
        return null;
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
