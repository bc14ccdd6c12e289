using System.IO.Compression;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Synthesis;

/// <summary>
/// Writes a synthetic corpus as JSON Lines (gzip when the file name ends in .gz), the same for the same seed and size.
/// For benchmarks only: the text comes from our own templates and says nothing about extraction quality.
/// </summary>
internal static class SyntheticCorpus
{
    public static async Task<long> WriteAsync(Stream output, int articles, long seed, Action<long>? progress, CancellationToken cancellationToken)
    {
        var cast = SynthCast.FromRegistry();
        // About one claim for every three articles: the popular ones recur thousands of times at 600,000 articles.
        var claims = new SynthClaims(cast, seed, Math.Clamp(articles / 3, 50, 250_000));
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        await using var json = new Utf8JsonWriter(output, options);
        for (var i = 0; i < articles; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = SyntheticArticleWriter.Write(SynthRandom.For(seed, i, stream: 1), cast, claims, i);
            json.WriteStartObject();
            json.WriteString("text", article.Text);
            WriteIfSet(json, "title", article.Title);
            WriteIfSet(json, "publisher", article.Publisher);
            WriteIfSet(json, "url", article.Url);
            WriteIfSet(json, "publishedAt", article.PublishedAt);
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            output.WriteByte((byte)'\n');
            json.Reset();
            if ((i + 1) % 1000 == 0)
            {
                progress?.Invoke(i + 1);
            }
        }

        return articles;
    }

    /// <summary>Opens the output: a file (gzip-compressed when it ends in .gz), or standard output for "-".</summary>
    public static Stream Open(string path)
    {
        var raw = path == "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(raw, CompressionLevel.Fastest) : raw;
        return new BufferedStream(stream, 1 << 16);
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
