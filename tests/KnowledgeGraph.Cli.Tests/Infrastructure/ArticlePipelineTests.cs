using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Infrastructure;

public sealed class ArticlePipelineTests
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.CreateDefault();

    [Theory]
    [InlineData(4, 1)]
    [InlineData(3, 5)]
    public async Task Many_workers_give_what_one_thread_gives_in_input_order(int workers, int slotSize)
    {
        // Every shared article, three times over under other names: the workers run the same texts at once, so shared
        // state in the extractor would show up as a difference from the one-thread result.
        using var dir = new TempDir();
        var files = Directory.GetFiles(Paths.Seeds).Concat(Directory.GetFiles(Paths.Dev, "*.txt")).ToList();
        for (var copy = 0; copy < 3; copy++)
        {
            foreach (var file in files)
            {
                File.Copy(file, dir.File($"{copy}-{Path.GetFileName(file)}"));
            }
        }

        var expected = new ArticleReader(_ => { }).Read([dir.Path]).Select(a => Json(Extractor.Extract(a))).ToList();
        var pipeline = new ArticlePipeline(Extractor, new PipelineOptions(workers, slotSize, Window: 16));

        var actual = new List<string>();
        await foreach (var item in pipeline.RunAsync([dir.Path], TestContext.Current.CancellationToken))
        {
            actual.Add(Json(item.Document ?? throw new InvalidOperationException($"unexpected item {item}")));
        }

        Assert.Equal(files.Count * 3, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Problems_come_in_input_order_between_the_articles()
    {
        using var dir = new TempDir();
        await File.WriteAllTextAsync(dir.File("a.txt"), "The mayor said the budget was balanced.", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(dir.File("b.txt"), "", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(dir.File("c.jsonl"), """
            {"text":"Police said the road was closed."}
            {"title":"no text"}
            {"text":"The minister said talks would resume."}
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(dir.File("d.txt"), "Union leader Ana Silva said the strike was over.", TestContext.Current.CancellationToken);
        var pipeline = new ArticlePipeline(Extractor, new PipelineOptions(Workers: 3, SlotSize: 2, Window: 4));

        var seen = new List<string>();
        await foreach (var item in pipeline.RunAsync([dir.Path], TestContext.Current.CancellationToken))
        {
            seen.Add(item.Document?.Source.File ?? $"problem {Path.GetFileName(item.Problem!.Source)} {item.Problem.Line}");
        }

        Assert.Equal(["a.txt", "problem b.txt ", "c.jsonl#1", "problem c.jsonl 2", "c.jsonl#3", "d.txt"], seen);
    }

    [Fact]
    public async Task Articles_the_store_holds_with_the_same_text_are_not_extracted_again()
    {
        using var dir = new TempDir();
        await using var store = new SqliteGraphStore(dir.File("kg.db"));
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        var seeds = new ArticleReader(_ => { }).Read([Paths.Seeds]).ToList();
        var stored = seeds.Take(2).Select(Extractor.Extract).ToList();
        await store.UpsertAsync(stored, TestContext.Current.CancellationToken);
        // The lookup's id and hash are the extractor's: if the extractor changes them, this fails before re-ingests silently slow down.
        Assert.All(stored, d =>
        {
            var article = seeds.Single(s => s.File == d.Source.File);
            Assert.Equal(d.Source.Id, StoredArticles.ArticleId(article));
        });
        Assert.All(stored, d => Assert.Equal(d.Source.ContentHash, StoredArticles.ContentHash(seeds.Single(s => s.File == d.Source.File).Text)));
        var pipeline = new ArticlePipeline(Extractor, new PipelineOptions(Workers: 2, SlotSize: 4, Window: 8, Stored: new StoredArticles(store)));

        var items = new List<PipelineItem>();
        await foreach (var item in pipeline.RunAsync([Paths.Seeds], TestContext.Current.CancellationToken))
        {
            items.Add(item);
        }

        Assert.Equal(seeds.Select(s => s.File), items.Select(i => i.Article!.File));
        Assert.Equal([true, true, false, false, false], items.Select(i => i.AlreadyStored));
        Assert.All(items.Skip(2), i => Assert.NotNull(i.Document));
    }

    [Fact]
    public async Task The_json_writer_writes_what_serialising_the_whole_file_writes()
    {
        var documents = new ArticleReader(_ => { }).Read([Paths.Seeds, Paths.Dev]).Select(Extractor.Extract).ToList();
        using var buffer = new MemoryStream();

        await using (var writer = new FactsWriter(buffer, "json"))
        {
            foreach (var document in documents)
            {
                await writer.WriteAsync(document, TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(ContractJson.Serialize(new FactsFile(documents)) + "\n", System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Json(ExtractedDocument document) => ContractJson.Serialize(new FactsFile([document]));
}
