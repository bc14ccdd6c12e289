using System.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>Reads articles from files and folders (.txt, .html, .jsonl), reporting each unreadable file by name.</summary>
public static partial class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads every article under the given files and folders, in a stable order. Files that cannot be read
    /// (not text, empty, invalid UTF-8) are reported through <paramref name="onError"/> with a plain sentence
    /// naming the file, and skipped.
    /// </summary>
    public static IEnumerable<ArticleInput> Read(IEnumerable<string> paths, Action<string, string> onError)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onError);
        foreach (var file in Expand(paths, onError))
        {
            foreach (var article in ReadFile(file, onError))
            {
                yield return article;
            }
        }
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string, string> onError)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsArticleExtension(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var f in files)
                {
                    yield return f;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                onError(path, $"{path}: no such file or folder.");
            }
        }
    }

    private static bool IsArticleExtension(string ext) =>
        ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".html", StringComparison.OrdinalIgnoreCase) ||
        ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || ext.Equals(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ArticleInput> ReadFile(string file, Action<string, string> onError)
    {
        var name = Path.GetFileName(file);
        string? text;
        try
        {
            text = DecodeText(File.ReadAllBytes(file), file, onError);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            onError(file, $"{file}: the file could not be read ({ex.Message}).");
            yield break;
        }

        if (text is null)
        {
            yield break;
        }

        var ext = Path.GetExtension(file);
        if (ext.Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var a in ReadJsonl(text, file, name, onError))
            {
                yield return a;
            }
        }
        else if (ext.StartsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            yield return HtmlArticle.Read(text, name);
        }
        else
        {
            yield return new ArticleInput(name, text);
        }
    }

    /// <summary>Strict UTF-8 (BOM removed); empty, binary (NUL bytes) or invalid files are reported and give null.</summary>
    internal static string? DecodeText(byte[] bytes, string file, Action<string, string> onError)
    {
        if (bytes.Length == 0 || bytes.AsSpan().Trim((byte)' ').IsEmpty)
        {
            onError(file, $"{file}: the file is empty; skipped.");
            return null;
        }

        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1 << 20)).Contains((byte)0))
        {
            onError(file, $"{file}: the file holds binary data (NUL bytes), not text; skipped.");
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            var text = StrictUtf8.GetString(span);
            if (string.IsNullOrWhiteSpace(text))
            {
                onError(file, $"{file}: the file holds only white space; skipped.");
                return null;
            }

            return text;
        }
        catch (DecoderFallbackException ex)
        {
            onError(file, $"{file}: the file is not valid UTF-8 (bad byte at offset {ex.Index}); skipped.");
            return null;
        }
    }
}
