using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Loading an article again: what changes, what stays, and that every store decides the same way.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_reload_naming_another_publisher_moves_the_article_to_that_institution_only()
    {
        await using var store = await LoadedStoreAsync();
        var second = Some.SecondArticle();
        // An edited article (another text, so another content hash) that names another outlet.
        var moved = second with
        {
            Source = second.Source with { Publisher = "Harbor Post", Title = "Minister rejects reports of negotiations (updated)", ContentHash = new string('e', 64) },
        };

        await store.UpsertAsync([moved], Ct);
        await store.UpsertAsync([moved], Ct);

        var edges = (await EdgesAsync(store, GraphLabels.PublishedBy)).Where(e => e.Source == Some.A2).ToList();
        Assert.Equal(Some.HarborPost, Assert.Single(edges).Target);
        Assert.Equal("Harbor Post", Assert.Single(await store.GetArticlesAsync([Some.A2], Ct)).Publisher);
    }

    [Fact]
    public async Task A_reload_without_some_properties_keeps_the_stored_ones()
    {
        await using var store = await LoadedStoreAsync();
        var first = Some.FirstArticle();
        var bare = first with { Source = first.Source with { Title = null, Publisher = "  ", PublishedAt = null, Author = null, Url = null } };
        var before = Assert.Single(await store.GetArticlesAsync([Some.A1], Ct));

        await store.UpsertAsync([bare], Ct);

        var after = Assert.Single(await store.GetArticlesAsync([Some.A1], Ct));
        Assert.Equal((before.Title, before.Publisher, before.PublishedAt), (after.Title, after.Publisher, after.PublishedAt));
        Assert.Equal("Leaders trade words over talks", after.Title);
        Assert.Equal(Some.DailyLedger, Assert.Single(await EdgesAsync(store, GraphLabels.PublishedBy), e => e.Source == Some.A1).Target);
        var statements = await store.QueryStatementsAsync(new StatementFilter { ArticleIds = [Some.A1] }, PageRequest.First(10), Ct);
        Assert.All(statements.Items, s => Assert.Equal("2026-01-10", s.Date));
    }

    [Fact]
    public async Task A_publisher_named_by_two_institutions_goes_to_the_same_one_in_every_store()
    {
        // Neither is institution:granma (the id the publisher's own name would get): the smallest id wins.
        await using var store = await EmptyStoreAsync();
        await store.UpsertAsync([Some.Document("article:g0", "g0.txt", "Outlets", null, "2026-01-01",
        [
            Some.Entity("institution:periodico-granma", EntityKind.Institution, "Periódico Granma", ["Granma"]),
            Some.Entity("institution:granma-daily", EntityKind.Institution, "Granma Daily", ["GRANMA"]),
        ])], Ct);

        await store.UpsertAsync([Some.Document("article:g1", "g1.txt", "Havana", "Granma", "2026-01-02", [])], Ct);
        await store.UpsertAsync([Some.Document("article:g1", "g1.txt", "Havana", "Granma", "2026-01-02", [])], Ct);

        var edge = Assert.Single(await EdgesAsync(store, GraphLabels.PublishedBy));
        Assert.Equal(("article:g1", "institution:granma-daily"), (edge.Source, edge.Target));
        Assert.Empty(await store.GetEntitiesAsync(["institution:granma"], Ct));
    }
}
