using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests.Endpoints;

/// <summary>
/// The store calls of one GraphQL query share one read transaction (IGraphStore.BeginReadScope): a write that lands
/// between two of them is not half seen, and the next request sees it.
/// </summary>
public sealed class ReadScopeTests
{
    private const string Speaker = "person:carlos-fernandez-de-cossio";
    private const string Query = $$"""{ entity(id: "{{Speaker}}") { denied(first: 1) { totalCount } } }""";

    [Fact]
    public async Task A_write_between_two_reads_of_one_query_is_not_seen_by_the_second_and_is_seen_by_the_next_query()
    {
        WriteAfterLookup? store = null;
        await using var factory = new ApiFactory(wrapStore: inner => store = new WriteAfterLookup(inner));
        var client = new GraphQLClient(factory.CreateClient());
        var before = (await client.DataAsync(Query))["entity"]!["denied"]!["totalCount"]!.GetValue<int>();

        // The entity is read first (its lookup), its denial count later (totalCount): the write lands in between.
        store!.Write = () => Execute(factory.DatabasePath, $"UPDATE entity SET denied_count = denied_count + 100 WHERE id = '{Speaker}'");
        var during = (await client.DataAsync(Query))["entity"]!["denied"]!["totalCount"]!.GetValue<int>();
        store.Write = null;
        var after = (await client.DataAsync(Query))["entity"]!["denied"]!["totalCount"]!.GetValue<int>();

        Assert.True(before > 0);
        Assert.Equal(before, during);
        Assert.Equal(before + 100, after);
    }

    [Fact]
    public async Task A_mutation_reads_outside_any_read_scope()
    {
        WriteAfterLookup? store = null;
        await using var factory = new ApiFactory(apiKey: ApiFactory.TestApiKey, wrapStore: inner => store = new WriteAfterLookup(inner));
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ stats { articles } }");
        var text = File.ReadAllText(Directory.GetFiles(RepoPaths.Seeds, "004_*.txt").Single());
        var ingested = await client.PostAsync(
            "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { newArticle statements { claim { text } } } }",
            new { input = new { text, title = "Test article", publisher = "Test Wire", publishedAt = "2026-03-01", url = "https://example.org/scope" } },
            apiKey: ApiFactory.TestApiKey);

        Assert.Empty(ingested.Errors);
        Assert.Equal(1, store!.Scopes); // the query's, not the mutation's
        Assert.True(Endpoints.OnlyQueries("query { stats { articles } } query B { stats { claims } }"));
        Assert.False(Endpoints.OnlyQueries("query { stats { articles } } mutation M { ingestArticle(input: { text: \"x\" }) { newArticle } }"));
        Assert.False(Endpoints.OnlyQueries("mutation { ingestArticle(input: { text: \"x\" }) { newArticle } }"));
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs <see cref="Write"/> (on another connection) right after the query's entity lookup; counts the read scopes begun.</summary>
    private sealed class WriteAfterLookup(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        private int _scopes;

        public Action? Write { get; set; }

        public int Scopes => Volatile.Read(ref _scopes);

        public override IDisposable? BeginReadScope()
        {
            Interlocked.Increment(ref _scopes);
            return base.BeginReadScope();
        }

        public override async Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            var found = await base.GetEntitiesAsync(ids, cancellationToken);
            Write?.Invoke();
            return found;
        }
    }

    private static class Endpoints
    {
        public static bool OnlyQueries(string text) => Api.Endpoints.GraphQLEndpoints.OnlyQueries(GraphQLParser.Parser.Parse(text));
    }
}
