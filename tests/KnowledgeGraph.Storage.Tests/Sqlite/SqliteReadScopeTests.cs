using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// A read scope (<see cref="IGraphStore.BeginReadScope"/>) makes the reads of one flow share one read transaction: they see
/// one snapshot, whatever is written meanwhile; reads after it, and reads of other flows, see every write.
/// </summary>
public sealed class SqliteReadScopeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Reads_in_a_scope_see_one_snapshot_and_reads_after_it_see_what_was_written_meanwhile()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync([Some.FirstArticle()], Ct);
        var before = await store.GetCountsAsync(Ct);

        using (var scope = store.BeginReadScope())
        {
            Assert.NotNull(scope);
            Assert.Equal(before, await store.GetCountsAsync(Ct));
            await WriteElsewhereAsync(() => store.UpsertAsync([Some.UnrelatedArticle()], Ct));

            // Different statements, on the scope's connection, in its snapshot: the new article is not there yet.
            Assert.Equal(before, await store.GetCountsAsync(Ct));
            Assert.Empty(await store.GetArticlesAsync(["article:a5"], Ct));
            Assert.Equal(before.Articles, (await store.QueryArticlesAsync(new ArticleFilter(), PageRequest.First(10), Ct)).TotalCount);

            // Another flow, outside the scope, sees the write.
            Assert.Single(await WriteElsewhereAsync(() => store.GetArticlesAsync(["article:a5"], Ct)));
        }

        Assert.Single(await store.GetArticlesAsync(["article:a5"], Ct));
        Assert.Equal(before.Articles + 1, (await store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task Reads_that_run_at_once_in_one_scope_all_answer_and_each_call_that_begins_its_own_transaction_still_can()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync(Some.Corpus(), Ct);

        using var scope = store.BeginReadScope();
        Assert.Null(store.BeginReadScope()); // the outer scope serves the flow
        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.GetEntitiesAsync([Some.Lopez], Ct), Ct)));
        Assert.All(reads, r => Assert.Single(r));

        // Calls that read several statements in one transaction of their own outside a scope (filtered pages, several parents,
        // search, breakdowns) share the scope's instead.
        Assert.Equal(Some.CorpusCounts.Statements, (await store.QueryStatementsAsync(new StatementFilter(), PageRequest.First(2), Ct)).TotalCount);
        Assert.Equal(2, (await store.GetLinkPagesAsync(LinkKind.Mentions, ["article:a1", "article:a2"], PageRequest.First(5), Ct)).Count);
        Assert.NotEmpty(await store.SearchAsync("López", 5, Ct));
        Assert.NotEmpty((await store.GetBreakdownAsync(new StatementFilter(), Ct)).ByStance);
    }

    [Fact]
    public async Task A_cancelled_read_in_a_scope_leaves_the_scope_and_the_store_answering()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync(Some.Corpus(), Ct);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        using (store.BeginReadScope())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetStatementsAsync(["statement:x"], cancelled.Token));
            Assert.Single(await store.GetEntitiesAsync([Some.Lopez], Ct));
        }

        await store.UpsertAsync([Some.UnrelatedArticle()], Ct);
        Assert.Equal(Some.CorpusCounts.Articles + 1, (await store.GetCountsAsync(Ct)).Articles);
    }

    [Fact]
    public async Task A_scope_ended_hands_its_connection_back_without_its_transaction()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"));
        await store.UpsertAsync(Some.Corpus(), Ct);
        using (store.BeginReadScope())
        {
            await store.GetCountsAsync(Ct);
        }

        // The pool hands out the connection returned last: it must be in autocommit mode again, or its reads would stay in
        // the old snapshot.
        await store.UpsertAsync([Some.UnrelatedArticle()], Ct);
        Assert.Single(await store.GetArticlesAsync(["article:a5"], Ct));
    }

    [Fact]
    public async Task A_store_that_does_not_keep_its_read_connections_has_no_scope()
    {
        await using var store = new SqliteGraphStore(_folder.File("store.db"), mapReads: false);
        await store.UpsertAsync(Some.Corpus(), Ct);
        Assert.Null(store.BeginReadScope());
    }

    // Runs `work` in a flow of its own (the scope of this one does not flow into it).
    private static async Task<T> WriteElsewhereAsync<T>(Func<Task<T>> work)
    {
        Task<T> task;
        using (ExecutionContext.SuppressFlow())
        {
            task = Task.Run(work);
        }

        return await task;
    }
}
