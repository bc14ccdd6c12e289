using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// Counts that stores keep up to date at upsert (claim counts and dates, entity counts, totals, breakdowns) must equal a
/// recount of the graph's nodes and relationships, after inserts, re-inserts and replaces alike.
/// </summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Maintained_counts_match_a_recount_after_inserts_reinserts_and_replaces()
    {
        await using var store = await EmptyStoreAsync();
        await AssertCountsMatchRecountAsync(store);

        await store.UpsertAsync(Some.ManyDocuments(40, 6), Ct);
        await AssertCountsMatchRecountAsync(store);

        await store.UpsertAsync(Some.Corpus(), Ct);
        var again = await store.UpsertAsync(Some.ManyDocuments(40, 6), Ct);
        Assert.Equal(new UpsertResult(40, 0, 0, 0, 0), again);
        await AssertCountsMatchRecountAsync(store);

        // Fewer statements in half the generated articles, a corrected third article and an emptied second one.
        var replaced = await store.UpsertAsync([.. Some.ManyDocuments(20, 3), Some.CorrectedThirdArticle(), Some.SecondArticle() with { Statements = [] }], Ct);
        Assert.Equal(22, replaced.ReplacedArticles);
        await AssertCountsMatchRecountAsync(store);
    }

    [Fact]
    public async Task Maintained_counts_match_a_recount_after_a_large_batch_replaces_most_articles()
    {
        await using var store = await EmptyStoreAsync();
        await store.UpsertAsync([.. Some.ManyDocuments(100, 60), .. Some.Corpus()], Ct);

        // Thousands of statements that replace most of what is stored (SQLite writes such a batch in bulk mode).
        var replaced = await store.UpsertAsync([.. Some.ManyDocuments(100, 50), Some.CorrectedThirdArticle()], Ct);

        Assert.Equal(101, replaced.ReplacedArticles);
        await AssertCountsMatchRecountAsync(store);
        Assert.Contains(await store.SearchAsync("topic42", 5, Ct), h => h.Kind == "Statement");
    }

    /// <summary>Recounts everything from the streamed nodes and relationships and compares it with what the store reports.</summary>
    private static async Task AssertCountsMatchRecountAsync(IGraphStore store)
    {
        var nodes = new List<GraphNode>();
        await foreach (var node in store.StreamNodesAsync(Ct))
        {
            nodes.Add(node);
        }

        var edges = new List<GraphEdge>();
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            edges.Add(edge);
        }

        var statements = edges.Where(e => e.Type is GraphLabels.Said or GraphLabels.Denied).ToList();
        var claims = nodes.Where(n => n.Label == GraphLabels.Claim).ToList();
        var entities = nodes.Where(n => n.Label is GraphLabels.Person or GraphLabels.Institution or GraphLabels.Place).ToList();
        var publisherOf = nodes.Where(n => n.Label == GraphLabels.Article).ToDictionary(n => n.Id, n => n.Properties.GetValueOrDefault("publisher"));
        int Count(string label) => nodes.Count(n => n.Label == label);

        Assert.Equal(
            new GraphCounts(Count(GraphLabels.Article), entities.Count, claims.Count, statements.Count, Count(GraphLabels.Person), Count(GraphLabels.Institution), Count(GraphLabels.Place)),
            await store.GetCountsAsync(Ct));

        // Claims: counts, corroboration and first date from their statements; none is left without a statement.
        var expectedClaims = claims.Select(c =>
        {
            var of = statements.Where(s => s.Target == c.Id).ToList();
            var dates = of.Select(s => s.Properties["date"]).OfType<string>().Order(StringComparer.Ordinal).ToList();
            return new ClaimRecord(c.Id, c.Name, of.Count(s => s.Type == GraphLabels.Said), of.Count(s => s.Type == GraphLabels.Denied),
                of.Select(s => s.Properties["articleId"]).Distinct().Count(), dates.FirstOrDefault());
        }).ToList();
        Assert.All(expectedClaims, c => Assert.True(c.SaidCount + c.DeniedCount > 0, $"{c.Id} has no statement left"));
        Assert.Equal(expectedClaims.OrderBy(c => c.Id, StringComparer.Ordinal), (await store.GetClaimsAsync([.. claims.Select(c => c.Id)], Ct)).OrderBy(c => c.Id, StringComparer.Ordinal));
        Assert.All(claims, c => Assert.Equal(
            statements.Where(s => s.Target == c.Id).Select(s => s.Properties["date"]).OfType<string>().Order(StringComparer.Ordinal).LastOrDefault(),
            c.Properties.GetValueOrDefault("lastReported")));

        var byCorroboration = expectedClaims.OrderByDescending(c => c.Corroboration).ThenBy(c => TextFold.Key(c.Text), StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal);
        var page = await store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.Corroboration, PageRequest.First(10_000), Ct);
        Assert.Equal(byCorroboration.Select(c => c.Id), page.Items.Select(c => c.Id));
        Assert.Equal(claims.Count, page.TotalCount);
        var contested = await store.QueryClaimsAsync(new ClaimFilter { Contested = true }, ClaimOrder.Corroboration, PageRequest.First(10_000), Ct);
        Assert.Equal(byCorroboration.Where(c => c.Contested).Select(c => c.Id), contested.Items.Select(c => c.Id));
        Assert.Equal(contested.Items.Count, contested.TotalCount);

        // Speakers: statement totals of each, of each stance, and the entity order by statements and by mentions.
        foreach (var speaker in statements.Select(s => s.Source).Distinct())
        {
            foreach (Stance? stance in new Stance?[] { null, Stance.Said, Stance.Denied })
            {
                var expected = statements.Count(s => s.Source == speaker && (stance is null || s.Type == (stance == Stance.Denied ? GraphLabels.Denied : GraphLabels.Said)));
                var counted = await store.QueryStatementsAsync(new StatementFilter { SpeakerIds = [speaker], Stance = stance }, PageRequest.First(1), Ct);
                Assert.Equal(expected, counted.TotalCount);
            }
        }

        foreach (var claim in claims.Take(50))
        {
            var counted = await store.QueryStatementsAsync(new StatementFilter { ClaimIds = [claim.Id], Stance = Stance.Denied }, PageRequest.First(1), Ct);
            Assert.Equal(statements.Count(s => s.Target == claim.Id && s.Type == GraphLabels.Denied), counted.TotalCount);
        }

        IEnumerable<string> EntityOrder(Func<GraphNode, int> count) =>
            entities.OrderByDescending(count).ThenBy(e => TextFold.Key(e.Name), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id);
        var byStatements = await store.QueryEntitiesAsync(new EntityFilter(), Storage.EntityOrder.StatementCount, PageRequest.First(10_000), Ct);
        Assert.Equal(EntityOrder(e => statements.Count(s => s.Source == e.Id)), byStatements.Items.Select(e => e.Id));
        Assert.Equal(entities.Count, byStatements.TotalCount);
        var byMentions = await store.QueryEntitiesAsync(new EntityFilter(), Storage.EntityOrder.MentionCount, PageRequest.First(10_000), Ct);
        Assert.Equal(EntityOrder(e => edges.Count(m => m.Type == GraphLabels.Mentions && m.Target == e.Id)), byMentions.Items.Select(e => e.Id));

        // The unfiltered breakdowns, and one stance.
        foreach (Stance? stance in new Stance?[] { null, Stance.Denied })
        {
            var of = statements.Where(s => stance is null || s.Type == GraphLabels.Denied).ToList();
            var breakdown = await store.GetBreakdownAsync(new StatementFilter { Stance = stance }, Ct);
            Assert.Equal(Buckets(of.GroupBy(s => s.Type.ToLowerInvariant())), Keyed(breakdown.ByStance));
            Assert.Equal(Buckets(of.GroupBy(s => s.Source)), Keyed(breakdown.BySpeaker));
            Assert.Equal(Buckets(of.Where(s => publisherOf[s.Properties["articleId"]!] is not null).GroupBy(s => publisherOf[s.Properties["articleId"]!]!)), Keyed(breakdown.ByPublisher));
            Assert.Equal(
                of.Where(s => s.Properties["date"] is not null).GroupBy(s => s.Properties["date"]!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
                breakdown.ByDay.Select(b => (b.Key, b.Count)));
        }
    }

    private static List<(string Key, int Count)> Buckets(IEnumerable<IGrouping<string, GraphEdge>> groups) =>
        [.. groups.Select(g => (g.Key, g.Count())).OrderByDescending(b => b.Item2).ThenBy(b => b.Key, StringComparer.Ordinal)];

    private static List<(string Key, int Count)> Keyed(IEnumerable<CountBucket> buckets) => [.. buckets.Select(b => (b.Key, b.Count))];
}
