using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Graph;

/// <summary>Nested fields are batched per level: store calls depend on the query's shape, not on how many parents it returns.</summary>
public sealed class BatchingTests : IAsyncLifetime
{
    private CountingGraphStore? _store;
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new ApiFactory(wrapStore: inner => _store = new CountingGraphStore(inner));
        _client = new GraphQLClient(_factory.CreateClient());
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Store_calls_for_a_three_level_claim_query_do_not_grow_with_the_number_of_claims()
    {
        const string Query = """
            query($n: Int) { claims(first: $n) { nodes {
              text saidBy { nodes { name } } reportedBy { totalCount nodes { __typename } }
              statements { totalCount nodes { stance article { title mentions { nodes { name } } } speaker { name memberships { institution { name } } } } }
            } } }
            """;
        var few = await CountCallsAsync(Query, 5);
        var many = await CountCallsAsync(Query, 20);
        Assert.True(many.Total <= few.Total, $"Store calls grew with the number of parents: 5 claims took {few.Total} ({few.Detail}), 20 claims took {many.Total} ({many.Detail}).");
        Assert.InRange(few.Total, 3, 15);
    }

    [Fact]
    public async Task Store_calls_for_a_three_level_entity_query_do_not_grow_with_the_number_of_entities()
    {
        const string Query = """
            query($n: Int) { entities(first: $n, orderBy: STATEMENT_COUNT) { nodes {
              name memberships { role } mentionedIn { nodes { title } } claimsAbout { nodes { text } }
              said { totalCount nodes { claim { text about { nodes { name } } deniedBy { nodes { name } } } article { publisher } } }
            } } }
            """;
        var few = await CountCallsAsync(Query, 5);
        var many = await CountCallsAsync(Query, 12);
        Assert.True(many.Total <= few.Total, $"Store calls grew with the number of parents: 5 entities took {few.Total} ({few.Detail}), 12 took {many.Total} ({many.Detail}).");
    }

    [Fact]
    public async Task A_speakers_denials_with_their_claims_and_reporters_take_one_read_for_the_page_and_its_claims()
    {
        const string Query = """
            query($n: Int) { entity(name: "Fernández de Cossío") { denied(first: $n) { totalCount nodes { evidence date claim { text } reportedBy { name } } } } }
            """;
        var (_, detail) = await CountCallsAsync(Query, 5);
        var calls = _store!.Calls;

        // The claims come with the page (GetStatementPagesWithClaimsAsync), not from a read of their own.
        Assert.Equal(1, calls.GetValueOrDefault(nameof(CountingGraphStore.GetStatementPagesWithClaimsAsync)));
        Assert.False(calls.ContainsKey(nameof(CountingGraphStore.GetClaimsAsync)), detail);
        Assert.False(calls.ContainsKey(nameof(CountingGraphStore.GetStatementPagesAsync)), detail);

        // Without claim in the selection, the page is read without them.
        await CountCallsAsync("""query($n: Int) { entity(name: "Fernández de Cossío") { denied(first: $n) { nodes { evidence } } } }""", 5);
        Assert.Equal(1, _store.Calls.GetValueOrDefault(nameof(CountingGraphStore.GetStatementPagesAsync)));
        Assert.False(_store.Calls.ContainsKey(nameof(CountingGraphStore.GetStatementPagesWithClaimsAsync)));
    }

    private async Task<(int Total, string Detail)> CountCallsAsync(string query, int parents)
    {
        await _client.DataAsync("{ stats { articles } }"); // Host started, sample loaded.
        var store = _store ?? throw new InvalidOperationException("The counting store was not created.");
        store.Reset();
        store.Counting = true;
        var data = await _client.DataAsync(query, new { n = parents });
        store.Counting = false;
        Assert.Contains("nodes", data.ToJsonString(), StringComparison.Ordinal);
        return (store.TotalCalls, string.Join(", ", store.Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}")));
    }
}
