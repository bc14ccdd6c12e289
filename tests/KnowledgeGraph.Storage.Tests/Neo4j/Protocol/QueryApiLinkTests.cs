using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>Paged links against <see cref="FakeQueryApiServer"/> (a fake of the Query API): one request per batch of ids, the window as parameters.</summary>
public sealed class QueryApiLinkTests : IAsyncLifetime
{
    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();
    private Neo4jGraphStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri, User = "neo4j", Password = "pw" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_page_of_denials_for_many_speakers_is_one_request_with_the_stance_and_window_as_parameters()
    {
        _server.Handler = _ => FakeResponse.Rows(["id", "items"],
            [["person:a", new[] { "statement:1", "statement:2" }], ["person:b", Array.Empty<string>()]]);

        var pages = await _store.GetLinkPagesAsync(LinkKind.Denied, ["person:a", "person:b", "person:a"], new PageRequest(20, 10), Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(CypherScripts.Get("links", "speaker-statements-page").Text, request.Statement);
        Assert.Equal("""["person:a","person:b"]""", request.Parameters["ids"]!.ToJsonString());
        Assert.Equal("DENIED", request.Parameters["stance"]!.GetValue<string>());
        Assert.Equal(20, request.Parameters["offset"]!.GetValue<int>());
        Assert.Equal(10, request.Parameters["limit"]!.GetValue<int>());
        Assert.Equal(["statement:1", "statement:2"], Assert.Single(pages).Value);
    }

    [Fact]
    public async Task Counts_use_the_count_statement_of_the_same_list_and_leave_zero_out()
    {
        _server.Handler = _ => FakeResponse.Rows(["id", "n"], [["claim:x", 7], ["claim:y", 0]]);

        var counts = await _store.CountLinksAsync(LinkKind.ReportedBy, ["claim:x", "claim:y"], Ct);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(CypherScripts.Get("links", "reporters-count").Text, request.Statement);
        Assert.False(request.Parameters.ContainsKey("stance"));
        Assert.Equal(new Dictionary<string, int> { ["claim:x"] = 7 }, counts);
    }

    [Fact]
    public async Task Every_link_kind_names_a_page_and_a_count_statement_of_links_cypher()
    {
        _server.Handler = request => request.Statement?.Contains("RETURN id, n", StringComparison.Ordinal) == true
            ? FakeResponse.Rows(["id", "n"], [])
            : FakeResponse.Rows(["id", "items"], []);

        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            await _store.GetLinkPagesAsync(kind, ["x:1"], PageRequest.First(5), Ct);
            await _store.CountLinksAsync(kind, ["x:1"], Ct);
        }

        var linkStatements = CypherScripts.File("links").Select(s => s.Text).ToHashSet();
        Assert.Equal(2 * Enum.GetValues<LinkKind>().Length, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Contains(r.Statement!, linkStatements));
    }
}
