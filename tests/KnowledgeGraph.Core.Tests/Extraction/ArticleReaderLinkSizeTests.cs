using System.Text;
using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Core.Tests.Extraction;

/// <summary>
/// The size measured for progress and for the bulk-load decision is the size of what will be read: for an input named
/// through a symbolic link, the target's size, not the few bytes of the link itself.
/// </summary>
public sealed class ArticleReaderLinkSizeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-reader-link-" + Guid.NewGuid().ToString("N"));

    public ArticleReaderLinkSizeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Corpus()
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        var line = "{\"text\":\"Officials said the bridge would reopen on Monday, according to the city's transport office.\"}\n";
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(line, 200)), Encoding.UTF8);
        return path;
    }

    [Fact]
    public void A_file_named_through_a_link_measures_as_its_target()
    {
        var corpus = Corpus();
        var link = Path.Combine(_dir, "today.jsonl");
        File.CreateSymbolicLink(link, corpus);

        Assert.Equal(new FileInfo(corpus).Length, ArticleReader.MeasureBytes([link]));
    }

    [Fact]
    public void A_file_named_through_a_chain_of_links_and_a_linked_folder_measures_as_its_target()
    {
        var corpus = Corpus();
        var first = Path.Combine(_dir, "first.jsonl");
        File.CreateSymbolicLink(first, corpus);
        var second = Path.Combine(_dir, "second.jsonl");
        File.CreateSymbolicLink(second, first);
        var folderLink = Path.Combine(Path.GetTempPath(), "kg-reader-linked-" + Guid.NewGuid().ToString("N"));
        Directory.CreateSymbolicLink(folderLink, _dir);
        try
        {
            Assert.Equal(new FileInfo(corpus).Length, ArticleReader.MeasureBytes([Path.Combine(folderLink, "second.jsonl")]));
        }
        finally
        {
            Directory.Delete(folderLink);
        }
    }

    [Fact]
    public void A_broken_link_measures_as_nothing()
    {
        var link = Path.Combine(_dir, "gone.jsonl");
        File.CreateSymbolicLink(link, Path.Combine(_dir, "missing.jsonl"));

        Assert.Equal(0, ArticleReader.MeasureBytes([link]));
    }
}
