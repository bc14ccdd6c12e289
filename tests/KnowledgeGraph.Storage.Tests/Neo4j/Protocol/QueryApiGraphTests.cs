using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Protocol;

/// <summary>Graph reads against <see cref="FakeQueryApiServer"/>: breadth-first networks, paths and shaping.</summary>
public sealed class QueryApiGraphTests : IAsyncLifetime
{
    // A little graph the fake answers from: p1 -SAID-> c1 -REPORTED_BY-> a1 -MENTIONS-> p2, and a1 -MENTIONS-> p1;
    // and a hub, person:hub, that said 50 claims.
    private static readonly (string Id, string Type, string Source, string Target)[] Edges =
    [
        .. Enumerable.Range(0, 50).Select(i => ($"statement:hub-{i}", "SAID", "person:hub", $"claim:hub-{i}")),
        ("statement:1", "SAID", "person:p1", "claim:c1"),
        ("REPORTED_BY:claim:c1->article:a1", "REPORTED_BY", "claim:c1", "article:a1"),
        ("MENTIONS:article:a1->person:p2", "MENTIONS", "article:a1", "person:p2"),
        ("MENTIONS:article:a1->person:p1", "MENTIONS", "article:a1", "person:p1"),
    ];

    private readonly FakeQueryApiServer _server = FakeQueryApiServer.Start();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _server.Handler = Answer;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static FakeResponse Answer(RecordedRequest request)
    {
        var ids = request.Parameters["ids"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        if (request.Statement == CypherScripts.Get("graph", "neighbours").Text)
        {
            // As the Cypher does: per node, at most perNode SAID/DENIED (arm 0) and perNode of the other types (arm 1).
            var perNode = request.Parameters["perNode"]!.GetValue<int>();
            return FakeResponse.Rows(["from", "arm", "to", "id", "type", "source", "target", "props"],
                [.. request.Parameters["ids"]!.AsArray().Select(n => n!.GetValue<string>()).SelectMany(id => Edges
                    .Where(e => e.Source == id || e.Target == id)
                    .GroupBy(e => e.Type is "SAID" or "DENIED" ? 0 : 1)
                    .SelectMany(arm => arm.Take(perNode).Select(e => (IReadOnlyList<object?>)[
                        id, arm.Key, e.Source == id ? e.Target : e.Source, e.Id, e.Type, e.Source, e.Target,
                        new Dictionary<string, object?> { ["evidence"] = e.Type == "SAID" ? "it is so" : null, ["evidenceFold"] = "hidden" }])))]);
        }

        if (request.Statement == CypherScripts.Get("graph", "nodes-by-ids").Text)
        {
            // Claims carry their maintained counts, entities theirs (not shown, as in SQLite); articles their fingerprint (hidden).
            return FakeResponse.Rows(["id", "labels", "props"],
                [.. ids.Where(id => id != "person:ghost").Select(id => (IReadOnlyList<object?>)[
                    id, id.StartsWith("person", StringComparison.Ordinal) ? new[] { "Entity", "Person" } : id.StartsWith("claim", StringComparison.Ordinal) ? ["Claim"] : ["Article"],
                    id.StartsWith("claim", StringComparison.Ordinal)
                        ? new Dictionary<string, object?> { ["id"] = id, ["text"] = id, ["textFold"] = "hidden", ["saidCount"] = 1, ["deniedCount"] = 1, ["contested"] = true, ["corroboration"] = 2, ["firstReported"] = "2026-01-02" }
                        : new Dictionary<string, object?> { ["id"] = id, ["name"] = id.ToUpperInvariant(), ["aliases"] = new[] { "x", "y" }, ["nameFold"] = "hidden", ["saidCount"] = 1, ["mentionCount"] = 3, ["fingerprint"] = "hidden" }])]);
        }

        return FakeResponse.Rows([], []);
    }

    [Fact]
    public async Task A_network_walks_hop_by_hop_and_returns_the_edges_it_read_among_its_nodes()
    {
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri });

        var network = await store.GetNetworkAsync(new NetworkQuery("person:p1", 1, null, 10), Ct);
        var two = await store.GetNetworkAsync(new NetworkQuery("person:p1", 2, null, 10), Ct);

        Assert.NotNull(network);
        Assert.Equal(["person:p1", "claim:c1", "article:a1"], network.Nodes.Select(n => n.Id));
        // Only p1's lists are read at depth 1: c1 -REPORTED_BY-> a1 joins two nodes of the last hop and is not looked for;
        // at depth 2 c1 and a1 are expanded and it is read. No statement besides the walk and the node lookups is sent.
        Assert.Equal(["MENTIONS:article:a1->person:p1", "statement:1"], network.Edges.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.NotNull(two);
        Assert.Contains(two.Edges, e => e.Id == "REPORTED_BY:claim:c1->article:a1");
        Assert.All(_server.Requests, r => Assert.Contains(r.Statement, new[] { CypherScripts.Get("graph", "neighbours").Text, CypherScripts.Get("graph", "nodes-by-ids").Text }));
        var said = network.Edges.Single(e => e.Type == "SAID");
        Assert.Equal("said", said.Properties["stance"]);
        Assert.Equal("it is so", said.Properties["evidence"]);
        Assert.False(said.Properties.ContainsKey("evidenceFold"));
        var p1 = network.Nodes[0];
        Assert.Equal(("Person", "PERSON:P1", "x|y"), (p1.Label, p1.Name, p1.Properties["aliases"]));
        Assert.False(p1.Properties.ContainsKey("nameFold"));
        Assert.False(p1.Properties.ContainsKey("mentionCount"));
        var claim = network.Nodes[1].Properties;
        Assert.Equal(("1", "1", "true", "2", "2026-01-02", null), (claim["saidCount"], claim["deniedCount"], claim["contested"], claim["corroboration"], claim["firstReported"], claim["lastReported"]));
        Assert.False(claim.ContainsKey("textFold"));
        Assert.False(network.Nodes[2].Properties.ContainsKey("fingerprint"));
    }

    [Fact]
    public async Task A_network_limit_keeps_the_nearest_nodes_and_says_it_was_truncated()
    {
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri });

        var network = await store.GetNetworkAsync(new NetworkQuery("person:p1", 2, null, 3), Ct);

        Assert.NotNull(network);
        Assert.True(network.Truncated);
        Assert.DoesNotContain(network.Nodes, n => n.Id == "person:p2");
        Assert.All(network.Edges, e => Assert.Contains(network.Nodes, n => n.Id == e.Source));
    }

    [Fact]
    public async Task A_hub_is_read_up_to_a_cap_per_node_and_the_network_says_it_was_truncated()
    {
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri });

        var network = await store.GetNetworkAsync(new NetworkQuery("person:hub", 1, null, 20), Ct);

        Assert.NotNull(network);
        Assert.True(network.Truncated);
        Assert.Equal(20, network.Nodes.Count);
        Assert.Equal(19, network.Edges.Count);
        // The cap is max(8, min(limit, 2 x 19 nodes still allowed / 1 frontier node)) = 20; one more row is asked for to
        // tell that the cap cut the list, and the statement carries it as a parameter (the Cypher LIMITs per node).
        var neighbours = _server.Requests.Where(r => r.Statement == CypherScripts.Get("graph", "neighbours").Text).ToList();
        Assert.Equal(21, Assert.Single(neighbours).Parameters["perNode"]!.GetValue<int>());
        Assert.Contains("LIMIT $perNode", CypherScripts.Get("graph", "neighbours").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_centre_gives_no_network_after_one_lookup()
    {
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri });

        Assert.Null(await store.GetNetworkAsync(new NetworkQuery("person:ghost", 2, null, 10), Ct));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_path_sends_the_hop_bound_as_a_parameter_and_orders_nodes_from_start_to_end()
    {
        _server.Handler = request => request.Statement == CypherScripts.Get("graph", "shortest-path").Text
            ? FakeResponse.Rows(["nodeIds", "edges"], [[new[] { "person:p1", "claim:c1" }, new[]
            {
                new Dictionary<string, object?> { ["id"] = "statement:1", ["type"] = "SAID", ["source"] = "person:p1", ["target"] = "claim:c1", ["props"] = new Dictionary<string, object?>() },
            }]])
            : Answer(request);
        await using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = _server.Uri });

        var path = await store.FindPathAsync("person:p1", "claim:c1", 4, Ct);

        Assert.NotNull(path);
        Assert.Equal(["person:p1", "claim:c1"], path.Nodes.Select(n => n.Id));
        Assert.Equal("statement:1", Assert.Single(path.Edges).Id);
        Assert.Equal(4, _server.Requests[0].Parameters["maxHops"]!.GetValue<int>());
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.FindPathAsync("person:p1", "claim:c1", 7, Ct));
    }
}
