using System.Text;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Cleaning;
using KnowledgeGraph.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Cli.Tests.Infrastructure;

public sealed class FactsReaderTests
{
    // Seeds and dev articles make about 220 KB of facts: several refills of the reader's 64 KB buffer.
    private static readonly IReadOnlyList<ExtractedDocument> Documents =
        [.. new ArticleReader(_ => { }).Read([Paths.Seeds, Paths.Dev]).Select(ArticleExtractor.CreateDefault().Extract)];

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public async Task Both_forms_read_back_every_document_one_at_a_time(string format)
    {
        var bytes = await WriteAsync(Documents, format);

        var entries = Read(bytes);

        Assert.All(entries, e => Assert.Null(e.Error));
        Assert.Equal(Documents.Select(Json), entries.Select(e => Json(e.Document!)));
    }

    [Fact]
    public async Task A_bad_document_is_named_by_index_and_the_others_still_come()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(Documents.Take(3), "json"));
        var second = text.IndexOf("\"speakerId\": \"", text.IndexOf("\"source\"", text.IndexOf("\"source\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal), StringComparison.Ordinal);
        text = text[..second] + "\"speakerId\": \"person:nobody-at-all\", \"x\": \"" + text[(second + "\"speakerId\": \"".Length)..];

        var entries = Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(3, entries.Count);
        Assert.NotNull(entries[0].Document);
        Assert.Contains("facts.json: documents[1].statements[", entries[1].Error, StringComparison.Ordinal);
        Assert.Contains("person:nobody-at-all", entries[1].Error, StringComparison.Ordinal);
        Assert.NotNull(entries[2].Document);
    }

    [Fact]
    public async Task A_file_cut_short_keeps_the_documents_before_the_cut()
    {
        var bytes = await WriteAsync(Documents, "json");

        var entries = Read(bytes[..(bytes.Length * 2 / 3)]);

        Assert.InRange(entries.Count(e => e.Document is not null), 5, Documents.Count - 1);
        Assert.Contains("facts.json: the file ends inside the JSON after documents[", Assert.Single(entries, e => e.Error is not null).Error, StringComparison.Ordinal);
        Assert.Equal(Documents.Take(entries.Count - 1).Select(Json), entries.SkipLast(1).Select(e => Json(e.Document!)));
    }

    private static List<FactsEntry> Read(byte[] bytes) => [.. FactsReader.Read("-", () => new MemoryStream(bytes)).Select(e => e with
    {
        Error = e.Error?.Replace("standard input", "facts.json", StringComparison.Ordinal),
    })];

    private static async Task<byte[]> WriteAsync(IEnumerable<ExtractedDocument> documents, string format)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new FactsWriter(buffer, format))
        {
            foreach (var document in documents)
            {
                await writer.WriteAsync(document, TestContext.Current.CancellationToken);
            }
        }

        return buffer.ToArray();
    }

    private static string Json(ExtractedDocument document) => ContractJson.Serialize(new FactsFile([document]));
}
