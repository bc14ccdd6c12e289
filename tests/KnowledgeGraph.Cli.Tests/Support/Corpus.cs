using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Corpora for tests: the seed articles repeated, each copy made unique by one added sentence.</summary>
internal static class Corpus
{
    public static IReadOnlyList<string> SeedTexts { get; } =
        [.. Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>JSON Lines of <paramref name="count"/> articles (gzipped when the name ends in .gz), one per line.</summary>
    public static string WriteJsonl(string path, int count, int first = 0)
    {
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        foreach (var line in Lines(count, first))
        {
            writer.Write(line);
            writer.Write('\n');
        }

        return path;
    }

    /// <summary>Articles number <paramref name="first"/> to first + count - 1: the same number gives the same text.</summary>
    public static IEnumerable<string> Lines(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(i => JsonSerializer.Serialize(new
        {
            text = SeedTexts[i % SeedTexts.Count] + $"\n\nA spokesman for the harbour board said that berth {i} would reopen on Monday.\n",
            title = $"Copy {i}",
        }));
}
