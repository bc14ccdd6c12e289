using System.Text;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Core.Tests.Extraction;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-reader-" + Guid.NewGuid().ToString("N"));

    public ArticleReaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Unreadable_files_are_reported_by_name_and_the_rest_continue()
    {
        File.WriteAllText(Path.Combine(_dir, "a_good.txt"), "Officials said the bridge would reopen on Monday.");
        File.WriteAllBytes(Path.Combine(_dir, "b_binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        File.WriteAllBytes(Path.Combine(_dir, "c_empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_dir, "d_latin1.txt"), Encoding.Latin1.GetBytes("El ministro dijo que la reuni\u00f3n fue \u00fatil."));
        File.WriteAllText(Path.Combine(_dir, "e_good.txt"), "The mayor said the budget was balanced.");
        var errors = new List<(string File, string Message)>();

        var read = ArticleReader.Read([_dir], (f, m) => errors.Add((f, m))).ToList();

        Assert.Equal(["a_good.txt", "e_good.txt"], read.Select(a => a.File));
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("b_binary.txt", StringComparison.Ordinal) && e.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("c_empty.txt", StringComparison.Ordinal) && e.Message.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("d_latin1.txt", StringComparison.Ordinal) && e.Message.Contains("UTF-8", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain('\n', e.Message));
    }

    [Fact]
    public void Html_pages_lose_tags_and_scripts_and_keep_title_and_meta()
    {
        var path = Path.Combine(_dir, "page.html");
        File.WriteAllText(path, """
            <html><head><title>Port strike ends</title>
            <meta property="og:site_name" content="Harbour News">
            <meta property="article:published_time" content="2026-06-01T08:00:00Z">
            <script>var x = "Officials said nothing";</script><style>p { color: red }</style></head>
            <body><h1>Port strike ends</h1><p>Union leader Ana Silva said the strike was over &amp; work would resume.</p></body></html>
            """);

        var article = Assert.Single(ArticleReader.Read([path], (_, m) => Assert.Fail(m)));

        Assert.Equal("Port strike ends", article.Metadata?.Title);
        Assert.Equal("Harbour News", article.Metadata?.Publisher);
        Assert.Equal("2026-06-01", article.Metadata?.PublishedAt);
        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("var x", article.Text, StringComparison.Ordinal);
        Assert.Contains("work would resume", article.Text, StringComparison.Ordinal);
        Assert.Contains("&", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_gives_one_article_per_line_and_reports_bad_lines()
    {
        var path = Path.Combine(_dir, "feed.jsonl");
        File.WriteAllText(path, """
            {"text":"The minister said talks would resume.","title":"Talks resume","url":"https://example.test/a","publisher":"Example","publishedAt":"2026-03-01"}
            not json at all
            {"title":"no text here"}
            {"text":"Police said the road was closed."}
            """);
        var errors = new List<string>();

        var read = ArticleReader.Read([path], (_, m) => errors.Add(m)).ToList();

        Assert.Equal(2, read.Count);
        Assert.Equal("feed.jsonl#1", read[0].File);
        Assert.Equal("Talks resume", read[0].Metadata?.Title);
        Assert.Equal("https://example.test/a", read[0].Metadata?.Url);
        Assert.Equal("feed.jsonl#4", read[1].File);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("line 3", StringComparison.Ordinal) && e.Contains("text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_path_is_reported_not_thrown()
    {
        var errors = new List<string>();
        var read = ArticleReader.Read([Path.Combine(_dir, "nope.txt")], (_, m) => errors.Add(m)).ToList();
        Assert.Empty(read);
        Assert.Contains("nope.txt", Assert.Single(errors), StringComparison.Ordinal);
    }
}
