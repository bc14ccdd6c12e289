using KnowledgeGraph.Storage.Tests.Support;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Nodes_of_every_label_are_found_by_id()
    {
        await using var store = await LoadedStoreAsync();

        var nodes = await store.GetNodesAsync([Some.Lopez, Some.Ministry, Some.Ruritania, Some.Talks, Some.A1, "claim:unknown"], Ct);

        var labels = nodes.ToDictionary(n => n.Id, n => n.Label);
        Assert.Equal(GraphLabels.Person, labels[Some.Lopez]);
        Assert.Equal(GraphLabels.Institution, labels[Some.Ministry]);
        Assert.Equal(GraphLabels.Place, labels[Some.Ruritania]);
        Assert.Equal(GraphLabels.Claim, labels[Some.Talks]);
        Assert.Equal(GraphLabels.Article, labels[Some.A1]);
        Assert.Equal(5, nodes.Count);
        Assert.Equal(Some.TalksText, nodes.Single(n => n.Id == Some.Talks).Name);
        Assert.Equal("true", nodes.Single(n => n.Id == Some.Talks).Properties["contested"]);
        Assert.Contains("A. López", nodes.Single(n => n.Id == Some.Lopez).Properties["aliases"] ?? "", StringComparison.Ordinal);
        Assert.Equal("The Daily Ledger", nodes.Single(n => n.Id == Some.A1).Properties["publisher"]);
    }

    [Fact]
    public async Task A_depth_one_network_holds_the_centre_and_its_neighbours()
    {
        await using var store = await LoadedStoreAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 1, null, 100), Ct);

        Assert.NotNull(network);
        Assert.False(network.Truncated);
        Assert.Equal(Sorted(Some.Lopez, Some.Talks, Some.Border, Some.A1, Some.A2, Some.A3, Some.Ministry), Sorted(network.Nodes.Select(n => n.Id)));
        AssertEdgesJoinNodes(network);
        var denials = network.Edges.Where(e => e.Type == GraphLabels.Denied && e.Source == Some.Lopez && e.Target == Some.Talks).ToList();
        Assert.Equal(2, denials.Count);
        Assert.Contains(denials, e => e.Properties["articleId"] == Some.A3 && e.Properties["evidence"] == Some.ThirdArticle().Statements[0].Evidence);
        Assert.Contains(network.Edges, e => e.Type == GraphLabels.MemberOf && e.Source == Some.Lopez && e.Target == Some.Ministry);
        Assert.Contains(network.Edges, e => e.Type == GraphLabels.Mentions && e.Source == Some.A2 && e.Target == Some.Lopez);
    }

    [Fact]
    public async Task Deeper_networks_reach_further_and_the_limit_truncates_them()
    {
        await using var store = await LoadedStoreAsync();

        var two = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 2, null, 100), Ct);
        var limited = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 2, null, 4), Ct);

        Assert.NotNull(two);
        Assert.Contains(two.Nodes, n => n.Id == Some.Carter);
        Assert.Contains(two.Nodes, n => n.Id == Some.Svensson);
        Assert.DoesNotContain(two.Nodes, n => n.Id == Some.LoneVoice);
        Assert.False(two.Truncated);
        Assert.NotNull(limited);
        Assert.True(limited.Truncated);
        Assert.Equal(4, limited.Nodes.Count);
        Assert.Contains(limited.Nodes, n => n.Id == Some.Lopez);
        AssertEdgesJoinNodes(limited);
    }

    [Fact]
    public async Task A_network_returns_the_relationships_read_while_expanding_and_not_those_between_nodes_of_its_last_hop()
    {
        await using var store = await LoadedStoreAsync();
        var all = new List<GraphEdge>();
        await foreach (var edge in store.StreamEdgesAsync(Ct))
        {
            all.Add(edge);
        }

        var one = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 1, null, 100), Ct);
        var two = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 2, null, 100), Ct);

        Assert.NotNull(one);
        Assert.NotNull(two);
        // At depth 1 only the centre's lists are read: every edge touches it, although the store holds relationships
        // between two of its neighbours (an article mentioning the ministry, …).
        var ids = one.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var between = all.Where(e => e.Source != Some.Lopez && e.Target != Some.Lopez && ids.Contains(e.Source) && ids.Contains(e.Target)).ToList();
        Assert.NotEmpty(between);
        Assert.All(one.Edges, e => Assert.True(e.Source == Some.Lopez || e.Target == Some.Lopez, $"{e.Id} does not touch the centre"));
        // At depth 2 those neighbours are expanded, so the relationships between them are read and returned.
        Assert.All(between, e => Assert.Contains(two.Edges, t => t.Id == e.Id));
    }

    [Fact]
    public async Task A_network_asked_without_edge_properties_has_the_same_nodes_and_edges()
    {
        await using var store = await LoadedStoreAsync();

        var full = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 2, null, 100), Ct);
        var bare = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 2, null, 100) { EdgeProperties = false }, Ct);

        Assert.NotNull(full);
        Assert.NotNull(bare);
        Assert.Equal(full.Nodes, bare.Nodes, (a, b) => a.Id == b.Id && a.Label == b.Label && a.Name == b.Name);
        Assert.Equal(full.Edges.Select(e => (e.Id, e.Type, e.Source, e.Target)), bare.Edges.Select(e => (e.Id, e.Type, e.Source, e.Target)));
        Assert.Contains(full.Edges, e => e.Type == GraphLabels.Denied && e.Properties.ContainsKey("evidence"));
        Assert.Equal(full.Truncated, bare.Truncated);
    }

    [Fact]
    public async Task A_network_label_filter_keeps_the_centre_and_only_those_labels()
    {
        await using var store = await LoadedStoreAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 1, [GraphLabels.Article], 100), Ct);

        Assert.NotNull(network);
        Assert.Equal(Sorted(Some.Lopez, Some.A1, Some.A2, Some.A3), Sorted(network.Nodes.Select(n => n.Id)));
        AssertEdgesJoinNodes(network);
    }

    [Fact]
    public async Task A_network_around_an_unknown_node_is_null_and_depth_is_bounded()
    {
        await using var store = await LoadedStoreAsync();

        Assert.Null(await store.GetNetworkAsync(new NetworkQuery("person:nobody", 1, null, 10), Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 4, null, 10), Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.GetNetworkAsync(new NetworkQuery(Some.Lopez, 0, null, 10), Ct));
    }

    [Fact]
    public async Task A_shortest_path_ignores_direction_and_lists_nodes_and_edges_in_order()
    {
        await using var store = await LoadedStoreAsync();

        // The Federal Council and the ministry share no neighbour: three hops apart.
        var path = await store.FindPathAsync(Some.FederalCouncil, Some.Ministry, 6, Ct);

        Assert.NotNull(path);
        Assert.Equal(4, path.Nodes.Count);
        Assert.Equal(3, path.Edges.Count);
        Assert.Equal(Some.FederalCouncil, path.Nodes[0].Id);
        Assert.Equal(Some.Ministry, path.Nodes[^1].Id);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var ends = Sorted(path.Edges[i].Source, path.Edges[i].Target);
            Assert.Equal(Sorted(path.Nodes[i].Id, path.Nodes[i + 1].Id), ends);
        }
    }

    [Fact]
    public async Task A_path_longer_than_max_hops_or_across_components_is_not_found()
    {
        await using var store = await LoadedStoreAsync();

        Assert.Null(await store.FindPathAsync(Some.FederalCouncil, Some.Ministry, 2, Ct));
        Assert.Null(await store.FindPathAsync(Some.Lopez, Some.DistantIsle, 6, Ct));
        Assert.Null(await store.FindPathAsync(Some.Lopez, "person:nobody", 6, Ct));
        var direct = await store.FindPathAsync(Some.Lopez, Some.Ministry, 1, Ct);
        Assert.NotNull(direct);
        Assert.Equal(GraphLabels.MemberOf, Assert.Single(direct.Edges).Type);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.FindPathAsync(Some.Lopez, Some.Ministry, 7, Ct));
    }

    [Fact]
    public async Task Streaming_yields_every_node_and_edge_matching_the_counts()
    {
        await using var store = await LoadedStoreAsync();
        var counts = await store.GetCountsAsync(Ct);

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

        Assert.Equal(counts.Articles + counts.Entities + counts.Claims, nodes.Count);
        Assert.Equal(nodes.Count, nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(counts.Statements, edges.Count(e => e.Type is GraphLabels.Said or GraphLabels.Denied));
        Assert.Equal(edges.Count, edges.Select(e => e.Id).Distinct().Count());
        AssertEdgesJoinNodes(new GraphNetwork(nodes, edges));
        // 6 article and 2 intermediary REPORTED_BY, 5 distinct ABOUT, 16 MENTIONS, 3 PUBLISHED_BY, 2 memberships.
        var byType = edges.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(8, byType[GraphLabels.ReportedBy]);
        Assert.Equal(5, byType[GraphLabels.About]);
        Assert.Equal(16, byType[GraphLabels.Mentions]);
        Assert.Equal(3, byType[GraphLabels.PublishedBy]);
        Assert.Equal(1, byType[GraphLabels.MemberOf]);
        Assert.Equal(1, byType[GraphLabels.Leads]);
    }

    private static void AssertEdgesJoinNodes(GraphNetwork network)
    {
        var ids = network.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(network.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), $"{e.Type} {e.Source}->{e.Target} leaves the network"));
        Assert.All(network.Edges, e => Assert.Contains(e.Type, GraphLabels.RelationshipTypes));
        Assert.All(network.Nodes, n => Assert.Contains(n.Label, GraphLabels.NodeLabels));
    }
}
