using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly string[] Rules = ["verb-subject", "quote-then-verb", "according", "transcript-answer"];

    [Fact]
    public async Task A_statement_keeps_the_rule_that_extracted_it_through_a_reload_and_hand_written_ones_have_none()
    {
        await using var store = await EmptyStoreAsync();
        var documents = CorpusWithRules();
        var expected = ExpectedRules(documents);
        Assert.Contains(expected.Values, r => r is null);

        await store.UpsertAsync(documents, Ct);
        await AssertRulesAsync(store, expected);

        await store.UpsertAsync(documents, Ct);
        await AssertRulesAsync(store, expected);
    }

    /// <summary>The corpus with a rule on every statement except the island article's, which stands for hand-written facts.</summary>
    private static IReadOnlyList<ExtractedDocument> CorpusWithRules()
    {
        var n = 0;
        return [.. Some.Corpus().Select(d => d.Source.Id == Some.A4
            ? d
            : d with { Statements = [.. d.Statements.Select(s => s with { Rule = Rules[n++ % Rules.Length] })] })];
    }

    private static Dictionary<string, string?> ExpectedRules(IReadOnlyList<ExtractedDocument> documents) =>
        documents.SelectMany(d => d.Statements.Select(s => (Id: StatementIds.For(s.SpeakerId, s.Stance, s.ClaimId, d.Source.Id, s.Start), s.Rule)))
            .ToDictionary(x => x.Id, x => x.Rule, StringComparer.Ordinal);

    private static async Task AssertRulesAsync(IGraphStore store, Dictionary<string, string?> expected)
    {
        var page = await store.QueryStatementsAsync(new StatementFilter(), PageRequest.First(100), Ct);
        Assert.Equal(expected.OrderBy(e => e.Key), page.Items.ToDictionary(s => s.Id, s => s.Rule).OrderBy(e => e.Key));

        // Edges carry it as the "rule" property, for exports and the viewer; an edge without a rule has no value.
        var streamed = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            if (edge.Type is GraphLabels.Said or GraphLabels.Denied)
            {
                streamed[edge.Id] = edge.Properties.GetValueOrDefault("rule");
            }
        }

        Assert.Equal(expected.OrderBy(e => e.Key), streamed.OrderBy(e => e.Key));
        var network = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 1, null, 100), Ct);
        var statements = network!.Edges.Where(e => e.Type is GraphLabels.Said or GraphLabels.Denied).ToList();
        Assert.Equal(3, statements.Count);
        Assert.All(statements, e => Assert.Equal(expected[e.Id], e.Properties.GetValueOrDefault("rule")));
    }
}
