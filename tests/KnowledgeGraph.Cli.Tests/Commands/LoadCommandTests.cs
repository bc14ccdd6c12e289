using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>kg load</c> reads what a batch stage of <c>kg extract --format jsonl</c> leaves: gzipped parts, folders of them, a pipe.</summary>
public sealed class LoadCommandTests
{
    [Fact]
    public async Task A_folder_of_gzipped_and_plain_parts_loads_the_same_graph_as_the_one_file()
    {
        using var dir = new TempDir();
        var lines = await FactsLinesAsync();
        var whole = dir.File("all.facts.jsonl");
        await File.WriteAllLinesAsync(whole, lines, TestContext.Current.CancellationToken);
        var parts = Directory.CreateDirectory(dir.File("parts")).FullName;
        Gzip(Path.Combine(parts, "part-0.jsonl.gz"), lines.Take(12));
        var sub = Directory.CreateDirectory(Path.Combine(parts, "later")).FullName;
        await File.WriteAllLinesAsync(Path.Combine(sub, "part-1.jsonl"), lines.Skip(12), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(parts, "README.txt"), "not facts", TestContext.Current.CancellationToken);
        Directory.CreateSymbolicLink(Path.Combine(parts, "loop"), parts);

        var fromFolder = await Kg.RunAsync("load", parts, "--store", dir.File("parts.db"));
        var fromFile = await Kg.RunAsync("load", whole, "--store", dir.File("whole.db"));

        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.Contains($"Loaded {lines.Count} article(s)", fromFolder.Stdout, StringComparison.Ordinal);
        Assert.Contains("loop: a link to a folder, not followed.", fromFolder.Stderr, StringComparison.Ordinal);
        Assert.Equal((await IngestCommandTests.StatsAsync(dir.File("whole.db"))).ToString(), (await IngestCommandTests.StatsAsync(dir.File("parts.db"))).ToString());
    }

    [Fact]
    public async Task Gzipped_facts_on_standard_input_load()
    {
        using var dir = new TempDir();
        var lines = await FactsLinesAsync();
        var zipped = dir.File("facts.jsonl.gz");
        Gzip(zipped, lines);

        var result = await Kg.RunWithInputAsync(await File.ReadAllBytesAsync(zipped, TestContext.Current.CancellationToken), "load", "-", "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(lines.Count, (await IngestCommandTests.StatsAsync(dir.File("kg.db"))).GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task A_gzip_file_cut_short_keeps_the_documents_before_the_cut_and_says_so_once()
    {
        using var dir = new TempDir();
        var lines = await FactsLinesAsync();
        var zipped = dir.File("facts.jsonl.gz");
        Gzip(zipped, lines);
        var bytes = await File.ReadAllBytesAsync(zipped, TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(zipped, bytes[..(bytes.Length * 2 / 3)], TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("load", zipped, "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 1, result.ToString());
        var error = Assert.Single(result.Stderr.Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Equal($"error: {zipped}: the gzip data are damaged or cut short; the rest of the file is skipped.", error);
        Assert.InRange((await IngestCommandTests.StatsAsync(dir.File("kg.db"))).GetProperty("articles").GetInt32(), 1, lines.Count - 1);
    }

    [Fact]
    public async Task A_missing_facts_file_is_named_once_in_the_words_ingest_uses()
    {
        using var dir = new TempDir();
        var missing = dir.File("no-such.facts.json");

        var load = await Kg.RunAsync("load", missing, "--store", dir.File("kg.db"));
        var ingest = await Kg.RunAsync("ingest", missing, "--store", dir.File("kg.db"));

        Assert.True(load.ExitCode == 2, load.ToString());
        Assert.Equal(ingest.ExitCode, load.ExitCode);
        Assert.Contains($"error: {missing}: no such file or folder; skipped.", load.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {missing}: no such file or folder; skipped.", ingest.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The seed and dev articles' facts, one document per line, as a batch stage would write them.</summary>
    private static async Task<List<string>> FactsLinesAsync()
    {
        var extract = await Kg.RunAsync("extract", Paths.Seeds, Paths.Dev, "--format", "jsonl");
        Assert.True(extract.ExitCode == 0, extract.ToString());
        var lines = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.True(lines.Count > 20, extract.ToString());
        return lines;
    }

    private static void Gzip(string path, IEnumerable<string> lines)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal);
        gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
    }
}
