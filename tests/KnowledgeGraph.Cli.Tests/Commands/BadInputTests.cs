using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>What a crawler leaves behind: broken gzip, bad lines, odd encodings, unreadable files and link loops.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Bad_files_and_lines_are_named_skipped_and_counted_and_everything_else_is_stored()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.File("in")).FullName;
        var good = Corpus.WriteJsonl(Path.Combine(input, "a-good.jsonl.gz"), 12);
        var whole = await File.ReadAllBytesAsync(Corpus.WriteJsonl(dir.File("whole.jsonl.gz"), 40, first: 1000), TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(input, "b-cut.jsonl.gz"), whole[..(whole.Length / 2)], TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(input, "c-plain.jsonl.gz"), "{\"text\":\"not gzip at all\"}\n", TestContext.Current.CancellationToken);
        var lines = Corpus.Lines(3, first: 2000).ToList();
        await File.WriteAllTextAsync(Path.Combine(input, "d-lines.jsonl"),
            $"{lines[0]}\n[1, 2]\n{{\"title\":\"no text\"}}\n{lines[1]}\n{{broken\n{lines[2]}\n", TestContext.Current.CancellationToken);
        File.CreateSymbolicLink(Path.Combine(input, "e-gone.txt"), Path.Combine(input, "nowhere.txt"));
        var store = dir.File("kg.db");

        var result = await Kg.RunAsync("ingest", input, "--store", store);

        Assert.True(result.ExitCode == 1, result.ToString());
        var errors = result.Stderr.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();
        Assert.Contains(errors, e => e.Contains("b-cut.jsonl.gz: the gzip data are damaged or cut short after line ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("c-plain.jsonl.gz: not gzip data", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("d-lines.jsonl line 2: expected a JSON object", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("d-lines.jsonl line 3: the \"text\" field is missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("d-lines.jsonl line 5: not valid JSON", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("e-gone.txt: the file could not be read", StringComparison.Ordinal));
        Assert.Equal(6, errors.Count);
        // One message per problem: each names its file once and says "skipped" once.
        foreach (var error in errors)
        {
            var file = new[] { "b-cut.jsonl.gz", "c-plain.jsonl.gz", "d-lines.jsonl", "e-gone.txt" }.Single(f => error.Contains(f, StringComparison.Ordinal));
            Assert.Equal(2, error.Split(file).Length);
            Assert.Equal(2, error.Split("skipped").Length);
        }

        var cutLines = int.Parse(System.Text.RegularExpressions.Regex.Match(errors.Single(e => e.Contains("b-cut", StringComparison.Ordinal)), @"after line (\d+);").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(cutLines, 1, 39);
        Assert.Contains("; 6 input(s) skipped", result.Stdout, StringComparison.Ordinal);
        var stats = await IngestCommandTests.StatsAsync(store);
        // Articles repeat the five seeds with one sentence added, so all are distinct: 12 + the lines before the cut + 3.
        Assert.Equal(12 + cutLines + 3, stats.GetProperty("articles").GetInt32());
        Assert.True(File.Exists(good));
    }

    [Fact]
    public async Task A_link_loop_is_read_once_and_not_followed()
    {
        using var dir = new TempDir();
        var input = Directory.CreateDirectory(dir.File("in")).FullName;
        File.Copy(Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).First(), Path.Combine(input, "story.txt"));
        Directory.CreateSymbolicLink(Path.Combine(input, "loop"), input);

        var result = await Kg.RunAsync("ingest", input, input, "--store", dir.File("kg.db"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Loaded 1 article(s)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("loop: a link to a folder, not followed.", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Files_marked_UTF16_or_UTF32_and_Windows_1252_files_are_read_with_one_warning_for_the_last()
    {
        using var dir = new TempDir();
        var seed = await File.ReadAllTextAsync(Directory.GetFiles(Paths.Seeds).Order(StringComparer.Ordinal).Last(), TestContext.Current.CancellationToken)
            + "\nCaf\u00e9 owner Marta N\u00fa\u00f1ez said the harbour was open again.\n";
        var marked = new (string Name, Encoding Encoding)[]
        {
            ("utf16le.txt", new UnicodeEncoding(bigEndian: false, byteOrderMark: true)),
            ("utf16be.txt", new UnicodeEncoding(bigEndian: true, byteOrderMark: true)),
            ("utf32le.txt", new UTF32Encoding(bigEndian: false, byteOrderMark: true)),
            ("utf32be.txt", new UTF32Encoding(bigEndian: true, byteOrderMark: true)),
        };
        foreach (var (name, encoding) in marked)
        {
            await File.WriteAllTextAsync(dir.File(name), seed, encoding, TestContext.Current.CancellationToken);
        }

        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        await File.WriteAllBytesAsync(dir.File("cp1252.txt"), windows1252.GetBytes(seed), TestContext.Current.CancellationToken);

        var result = await Kg.RunAsync("extract", dir.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(result.Stderr.Split('\n'), l => l.Contains("read as Windows-1252", StringComparison.Ordinal));
        Assert.StartsWith("warning: " + dir.File("cp1252.txt") + ": not valid UTF-8 (a bad byte at offset", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Stderr.Split('\n'), l => marked.Any(m => l.Contains(m.Name, StringComparison.Ordinal)) && !l.Contains("No attributed", StringComparison.Ordinal));
        var documents = System.Text.Json.JsonDocument.Parse(result.Stdout).RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["cp1252.txt", .. marked.Select(m => m.Name).Order(StringComparer.Ordinal)], documents.Select(d => d.GetProperty("source").GetProperty("file").GetString()));
        // Every file decoded to the same text: the same statements, the accented speaker among them.
        Assert.All(documents, d => Assert.Contains("Marta N\u00fa\u00f1ez", d.GetProperty("entities").GetRawText(), StringComparison.Ordinal));
        Assert.Single(documents.Select(d => d.GetProperty("statements").GetRawText()).Distinct());
    }

    [Fact]
    public async Task Standard_input_takes_json_lines_gzipped_or_not()
    {
        var lines = string.Join('\n', Corpus.Lines(3)) + "\n";
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        var plain = await Kg.RunWithInputAsync(Encoding.UTF8.GetBytes(lines), "extract", "-", "--format", "jsonl");
        var zipped = await Kg.RunWithInputAsync(buffer.ToArray(), "extract", "-", "--format", "jsonl");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(plain.Stdout, zipped.Stdout);
        var files = plain.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(["stdin#1", "stdin#2", "stdin#3"], files);
    }
}
