using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_new_store_is_empty()
    {
        await using var store = await EmptyStoreAsync();

        Assert.Equal(new GraphCounts(0, 0, 0, 0, 0, 0, 0), await store.GetCountsAsync(Ct));
    }

    [Fact]
    public async Task Upsert_reports_what_was_new()
    {
        await using var store = await EmptyStoreAsync();

        var result = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.Equal(new UpsertResult(4, 4, 12, 4, 6), result);
        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
    }

    [Fact]
    public async Task Every_store_gives_a_statement_the_same_id_from_its_merge_key()
    {
        await using var store = await LoadedStoreAsync();

        var page = await store.QueryStatementsAsync(new StatementFilter(), PageRequest.First(100), Ct);

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, s => Assert.Equal(StatementIds.For(s.SpeakerId, s.Stance, s.ClaimId, s.ArticleId, s.Start), s.Id));
        Assert.Equal(page.Items.Count, page.Items.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task Loading_the_same_documents_twice_changes_nothing()
    {
        await using var store = await LoadedStoreAsync();
        var claimsBefore = await store.GetClaimsAsync([Some.Talks, Some.Border, Some.Budget, Some.Harbour], Ct);

        var again = await store.UpsertAsync(Some.Corpus(), Ct);

        Assert.Equal(new UpsertResult(4, 0, 0, 0, 0), again);
        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
        var claimsAfter = await store.GetClaimsAsync([Some.Talks, Some.Border, Some.Budget, Some.Harbour], Ct);
        Assert.Equal(claimsBefore.OrderBy(c => c.Id), claimsAfter.OrderBy(c => c.Id));
        var edges = new List<GraphEdge>();
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            edges.Add(edge);
        }

        Assert.Equal(edges.Count, edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Loading_documents_one_by_one_equals_loading_them_together()
    {
        await using var store = await EmptyStoreAsync();

        foreach (var document in Some.Corpus())
        {
            await store.UpsertAsync([document], Ct);
        }

        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
        var talks = Assert.Single(await store.GetClaimsAsync([Some.Talks], Ct));
        Assert.Equal(3, talks.Corroboration);
    }

    [Fact]
    public async Task Entities_merge_by_id_with_aliases_unioned_and_the_first_role_kept()
    {
        await using var store = await LoadedStoreAsync();

        var lopez = Assert.Single(await store.GetEntitiesAsync([Some.Lopez], Ct));

        Assert.Equal(EntityKind.Person, lopez.Kind);
        Assert.Equal("Ana López", lopez.Name);
        Assert.Contains("López", lopez.Aliases);
        Assert.Contains("A. López", lopez.Aliases);
        Assert.Equal(lopez.Aliases.Count, lopez.Aliases.Distinct().Count());
        Assert.Equal("Foreign Minister", lopez.Role);
        Assert.Equal("Ruritania", lopez.Country);
    }

    [Fact]
    public async Task A_publisher_becomes_an_institution_or_reuses_the_one_with_its_name()
    {
        await using var store = await LoadedStoreAsync();

        var courier = Assert.Single(await store.GetEntitiesAsync([Some.EveningCourier], Ct));
        Assert.Equal(EntityKind.Institution, courier.Kind);
        Assert.Equal("Evening Courier", courier.Name);
        var edges = await EdgesAsync(store, GraphLabels.PublishedBy);
        Assert.Contains(edges, e => e.Source == Some.A1 && e.Target == Some.DailyLedger);
        Assert.Contains(edges, e => e.Source == Some.A2 && e.Target == Some.EveningCourier);
        Assert.DoesNotContain(edges, e => e.Source == Some.A4);
        Assert.Equal(3, edges.Count);
    }

    // The ids the extraction gives these names (EntityRegistry and ArticleAnalysis name institutions "institution:" +
    // TextFold.Slug, pinned in Core's TextFoldTests), so that a publisher the extraction also found is one institution, not
    // two. The stores' own slugs used to read '.' and apostrophes as word breaks: institution:women-s-wear-daily.
    [Theory]
    [InlineData("The Wall Street Journal", "institution:the-wall-street-journal")]
    [InlineData("Reuters", "institution:reuters")]
    [InlineData("Granma", "institution:granma")]
    [InlineData("Women's Wear Daily", "institution:womens-wear-daily")]
    [InlineData("U.S. News & World Report", "institution:us-news-world-report")]
    public async Task A_new_publisher_gets_the_id_the_extraction_gives_its_name(string publisher, string id)
    {
        await using var store = await EmptyStoreAsync();

        await store.UpsertAsync([Some.Document("article:p1", "p1.txt", "Publisher test", publisher, "2026-01-20", [])], Ct);

        var edge = Assert.Single(await EdgesAsync(store, GraphLabels.PublishedBy));
        Assert.Equal(id, edge.Target);
        Assert.Equal(publisher, Assert.Single(await store.GetEntitiesAsync([id], Ct)).Name);
    }

    [Fact]
    public async Task A_failing_batch_leaves_the_store_as_it_was()
    {
        await using var store = await LoadedStoreAsync();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => store.UpsertAsync([Some.UnrelatedArticle(), Some.BrokenArticle()], Ct));

        Assert.Contains("broken.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(Some.CorpusCounts, await store.GetCountsAsync(Ct));
        Assert.Empty(await store.GetArticlesAsync(["article:a5"], Ct));
        Assert.Null(await store.FindEntityAsync("person:rain-maker", Ct));
        Assert.Empty(await store.SearchAsync("forecaster", 10, Ct));
    }

    [Fact]
    public async Task A_store_can_be_disposed_twice()
    {
        var store = await LoadedStoreAsync();

        await store.DisposeAsync();
        await store.DisposeAsync();
    }

    [Fact]
    public async Task Concurrent_readers_see_the_same_results()
    {
        await using var store = await LoadedStoreAsync();

        var tasks = Enumerable.Range(0, 16).Select(i => i % 2 == 0
            ? store.QueryClaimsAsync(new ClaimFilter(), ClaimOrder.Text, PageRequest.First(10), Ct).ContinueWith(t => t.Result.TotalCount, Ct)
            : store.GetCountsAsync(Ct).ContinueWith(t => t.Result.Claims, Ct));
        var totals = await Task.WhenAll(tasks);

        Assert.All(totals, total => Assert.Equal(4, total));
    }

    private static async Task<List<GraphEdge>> EdgesAsync(IGraphStore store, string type)
    {
        var edges = new List<GraphEdge>();
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            if (edge.Type == type)
            {
                edges.Add(edge);
            }
        }

        return edges;
    }
}
