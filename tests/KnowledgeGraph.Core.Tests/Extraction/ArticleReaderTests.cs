using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-reader-" + Guid.NewGuid().ToString("N"));
    private readonly List<ArticleReaderProblem> _problems = [];

    public ArticleReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ArticleReader Reader(Stream? standardInput = null) =>
        new(_problems.Add) { OpenStandardInput = () => standardInput ?? throw new InvalidOperationException("no standard input in this test") };

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Unreadable_files_are_reported_once_each_by_name_and_the_rest_continue()
    {
        Write("a_good.txt", "Officials said the bridge would reopen on Monday.");
        WriteBytes("b_binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        WriteBytes("c_empty.txt", []);
        Write("e_good.txt", "The mayor said the budget was balanced.");

        var read = Reader().Read([_dir]).ToList();

        Assert.Equal(["a_good.txt", "e_good.txt"], read.Select(a => a.File));
        Assert.Equal(2, _problems.Count);
        Assert.Contains(_problems, p => p.Message.Contains("b_binary.txt", StringComparison.Ordinal) && p.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(_problems, p => p.Message.Contains("c_empty.txt", StringComparison.Ordinal) && p.Message.Contains("empty", StringComparison.Ordinal));
        Assert.All(_problems, p => Assert.True(p.Skipped));
        Assert.All(_problems, p => Assert.DoesNotContain('\n', p.Message));
        // One message per problem: the file is named once and "skipped" said once.
        Assert.All(_problems, p => Assert.Single(p.Message.Split("skipped")[..^1]));
        Assert.All(_problems, p => Assert.Equal(2, p.Message.Split(Path.GetFileName(p.Source)).Length));
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_read_as_Windows_1252_with_a_warning_naming_the_file()
    {
        // 0x93/0x94 are Windows-1252 curly quotes, 0xE9 is é: none of them valid UTF-8 here.
        WriteBytes("latin.txt", [.. "El ministro dijo "u8, 0x93, .. "la reuni"u8, 0xF3, .. "n fue "u8, 0xFA, .. "til"u8, 0x94, (byte)'.']);

        var article = Assert.Single(Reader().Read([_dir]));

        Assert.Equal("El ministro dijo \u201cla reuni\u00f3n fue \u00fatil\u201d.", article.Text);
        var warning = Assert.Single(_problems);
        Assert.False(warning.Skipped);
        Assert.Contains("latin.txt", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-32BE")]
    [InlineData("utf-8")]
    public void Byte_order_marks_name_the_encoding(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16" => new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32" => new UTF32Encoding(false, true),
            "utf-32BE" => new UTF32Encoding(true, true),
            _ => (Encoding)new UTF8Encoding(true),
        };
        const string text = "Ministra Åsa Lindqvist sagte, die Brücke sei sicher.";
        WriteBytes("marked.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var article = Assert.Single(Reader().Read([_dir]));

        Assert.Equal(text, article.Text);
        Assert.Empty(_problems);
    }

    [Fact]
    public void Html_pages_lose_tags_and_scripts_and_keep_title_and_meta()
    {
        var path = Write("page.html", """
            <html><head><title>Port strike ends</title>
            <meta property="og:site_name" content="Harbour News">
            <meta property="article:published_time" content="2026-06-01T08:00:00Z">
            <script>var x = "Officials said nothing";</script><style>p { color: red }</style></head>
            <body><h1>Port strike ends</h1><p>Union leader Ana Silva said the strike was over &amp; work would resume.</p></body></html>
            """);

        var article = Assert.Single(Reader().Read([path]));

        Assert.Empty(_problems);
        Assert.Equal("Port strike ends", article.Metadata?.Title);
        Assert.Equal("Harbour News", article.Metadata?.Publisher);
        Assert.Equal("2026-06-01", article.Metadata?.PublishedAt);
        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", article.Text, StringComparison.Ordinal);
        Assert.Contains("work would resume", article.Text, StringComparison.Ordinal);
        Assert.Contains("&", article.Text, StringComparison.Ordinal);
    }

    private const string Feed = """
        {"text":"The minister said talks would resume.","title":"Talks resume","url":"https://example.test/a","publisher":"Example","publishedAt":"2026-03-01"}
        not json at all
        {"title":"no text here"}
        ["an", "array"]
        {"text":"Police said the road was closed."}
        """;

    [Fact]
    public void Jsonl_gives_one_article_per_line_and_reports_each_bad_line_by_number()
    {
        var path = Write("feed.jsonl", Feed);

        var read = Reader().Read([path]).ToList();

        Assert.Equal(["feed.jsonl#1", "feed.jsonl#5"], read.Select(a => a.File));
        Assert.Equal("Talks resume", read[0].Metadata?.Title);
        Assert.Equal("https://example.test/a", read[0].Metadata?.Url);
        Assert.Equal([2L, 3L, 4L], _problems.Select(p => p.Line));
        Assert.All(_problems, p => Assert.StartsWith($"{path} line {p.Line}: ", p.Message, StringComparison.Ordinal));
        Assert.Contains("text", _problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("object", _problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_jsonl_reads_like_jsonl()
    {
        var path = WriteBytes("feed.jsonl.gz", Gzip(Feed));

        var reader = Reader();

        var read = reader.Read([_dir]).ToList();

        Assert.Equal(["feed.jsonl.gz#1", "feed.jsonl.gz#5"], read.Select(a => a.File));
        Assert.Equal(3, _problems.Count);
        Assert.Equal(new FileInfo(path).Length, reader.BytesRead);
    }

    [Fact]
    public void A_truncated_gzip_file_keeps_the_lines_before_the_cut_and_is_reported_by_name_and_line()
    {
        var lines = Enumerable.Range(1, 5000).Select(i => $$"""{"text":"Officials said that bridge {{i}} would reopen {{i * 7 % 13}} days later."}""");
        var whole = Gzip(string.Join('\n', lines));
        var path = WriteBytes("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var read = Reader().Read([path]).ToList();

        var problem = Assert.Single(_problems);
        Assert.True(problem.Skipped);
        Assert.Equal(read.Count, problem.Line);
        Assert.InRange(read.Count, 100, 4999);
        Assert.Contains($"cut.jsonl.gz: the gzip data are damaged or cut short after line {read.Count}", problem.Message, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, read.Count).Select(i => $"cut.jsonl.gz#{i}"), read.Select(a => a.File));
    }

    [Fact]
    public void A_gz_file_that_is_not_gzip_is_skipped_by_name_and_the_next_file_is_read()
    {
        Write("a.jsonl.gz", Feed);
        Write("b.txt", "The mayor said the budget was balanced.");

        var read = Reader().Read([_dir]).ToList();

        Assert.Equal(["b.txt"], read.Select(a => a.File));
        var problem = Assert.Single(_problems);
        Assert.Contains("a.jsonl.gz: not gzip data", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_walked_in_ordinal_order_of_their_full_paths()
    {
        foreach (var name in new[] { "b.txt", "a/z.txt", "a.txt", "a0.txt", "A.txt", "a/b/c.txt" })
        {
            Write(name, $"The mayor of {name} said the budget was balanced.");
        }

        var read = Reader().Read([_dir]).ToList();

        Assert.Equal(["A.txt", "a.txt", "c.txt", "z.txt", "a0.txt", "b.txt"], read.Select(a => a.File));
    }

    [Fact]
    public void A_link_loop_is_not_followed_and_every_file_is_read_once()
    {
        var news = Path.Combine(_dir, "news");
        Write("news/story.txt", "The mayor said the budget was balanced.");
        Directory.CreateSymbolicLink(Path.Combine(news, "loop"), news);
        File.CreateSymbolicLink(Path.Combine(news, "alias.txt"), Path.Combine(news, "story.txt"));

        var read = Reader().Read([news, news, Path.Combine(news, "story.txt"), Path.Combine(news, "loop")]).ToList();

        // Once, under the first of its names in the walk.
        Assert.Equal(["alias.txt"], read.Select(a => a.File));
        var note = Assert.Single(_problems);
        Assert.False(note.Skipped);
        Assert.Contains("loop: a link to a folder, not followed", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_reads_jsonl_gzip_jsonl_or_one_article()
    {
        Assert.Equal(["stdin#1", "stdin#5"], Reader(new MemoryStream(Encoding.UTF8.GetBytes(Feed))).Read(["-"]).Select(a => a.File));
        Assert.Equal(["stdin#1", "stdin#5"], Reader(new MemoryStream(Gzip(Feed))).Read(["-"]).Select(a => a.File));
        var text = Assert.Single(Reader(new MemoryStream(Encoding.UTF8.GetBytes("Police said the road was closed.\n"))).Read(["-"]));
        Assert.Equal("stdin", text.File);
        Assert.Equal("Police said the road was closed.\n", text.Text);
        Assert.Null(ArticleReader.MeasureBytes([_dir, "-"]));
    }

    [Fact]
    public void Reading_is_lazy_and_counts_the_bytes_it_has_consumed()
    {
        var a = Write("a.txt", "The mayor said the budget was balanced.");
        var b = Write("b.txt", "Police said the road was closed.");
        var total = ArticleReader.MeasureBytes([_dir]);
        var reader = Reader();

        using var articles = reader.Read([_dir]).GetEnumerator();
        Assert.Equal(0, reader.BytesRead);
        Assert.True(articles.MoveNext());
        File.Delete(b); // not yet read: its loss is reported, not a crash
        Assert.False(articles.MoveNext());

        Assert.Equal(new FileInfo(a).Length + "Police said the road was closed."u8.Length, total);
        Assert.Equal(total, reader.BytesRead);
        Assert.Contains("b.txt: the file could not be read", Assert.Single(_problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        var read = Reader().Read([Path.Combine(_dir, "nope.txt")]).ToList();
        Assert.Empty(read);
        Assert.Contains("nope.txt: no such file or folder", Assert.Single(_problems).Message, StringComparison.Ordinal);
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
