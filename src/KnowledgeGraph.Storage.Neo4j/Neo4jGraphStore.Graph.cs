using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const int StreamBatch = 500;

    /// <inheritdoc />
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await RunAsync("graph", "nodes-by-ids", new() { ["ids"] = Distinct(ids) }, cancellationToken).ConfigureAwait(false);
        return [.. result.Rows.Select(GraphShapes.Node)];
    }

    /// <summary>A network holds at most this many edges, times its limit.</summary>
    internal const int EdgesPerNode = 10;

    /// <inheritdoc />
    /// <remarks>
    /// Breadth-first, one Cypher round trip per hop (graph.cypher#neighbours), bounded per node as in SQLite: each frontier
    /// node contributes at most k SAID/DENIED relationships (newest first) and k of the other types, where
    /// k = max(<see cref="NetworkWalk.MinFanOut"/>, min(limit, ⌈2 × nodes still allowed / frontier size⌉)); new nodes are taken
    /// strongest first (joined by more of the relationships read, then in the order read). Edges: the relationships read
    /// on the way whose two ends were both returned, at most <see cref="EdgesPerNode"/> × limit; as in SQLite, the lists of
    /// the last hop's nodes are not read, so a relationship between two of them is not looked for.
    /// </remarks>
    public async Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Depth is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Network depth must be between 1 and 3, got {query.Depth}.");
        }

        if (query.Limit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"Network limit must be at least 1, got {query.Limit}.");
        }

        var center = (await GetNodesAsync([query.CenterId], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        if (center is null)
        {
            return null;
        }

        var labels = query.Labels is { Count: > 0 } ? query.Labels.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
        var kept = new List<string> { center.Id };
        var visited = new HashSet<string>(StringComparer.Ordinal) { center.Id };
        var read = new List<GraphEdge>();
        var frontier = new List<string> { center.Id };
        var truncated = false;
        for (var hop = 0; hop < query.Depth && frontier.Count > 0; hop++)
        {
            var remaining = query.Limit - kept.Count;
            if (remaining <= 0)
            {
                truncated = true;
                break;
            }

            var perNode = NetworkWalk.FanOut(query.Limit, remaining, frontier.Count);
            var strength = new Dictionary<string, (int Links, int Order)>(StringComparer.Ordinal);
            var counts = new Dictionary<(string, int), int>();
            var rows = (await RunAsync("graph", "neighbours", new() { ["ids"] = frontier, ["perNode"] = perNode + 1 }, cancellationToken).ConfigureAwait(false)).Rows;
            foreach (var row in rows)
            {
                // One row more than the cap tells that the cap cut the node's list; that row is not used.
                var key = (row.String("from")!, row.Int("arm"));
                var seen = counts.GetValueOrDefault(key) + 1;
                counts[key] = seen;
                if (seen > perNode)
                {
                    truncated = true;
                    continue;
                }

                read.Add(GraphShapes.Edge(k => row[k]));
                var to = row.String("to")!;
                if (!visited.Contains(to))
                {
                    var (links, order) = strength.GetValueOrDefault(to, (0, strength.Count));
                    strength[to] = (links + 1, order);
                }
            }

            var candidates = NetworkWalk.StrongestFirst(strength).ToList();
            var candidateLabels = labels is null ? null
                : (await GetNodesAsync(candidates, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
            var (next, cut) = NetworkWalk.Keep(candidates,
                id => labels is null || (candidateLabels!.TryGetValue(id, out var label) && labels.Contains(label)), kept, visited, query.Limit);
            truncated |= cut;
            frontier = next;
        }

        var nodes = (await GetNodesAsync(kept, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var keep = kept.Where(nodes.ContainsKey).Select(id => nodes[id]).ToList();
        var returned = keep.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = read.Where(e => returned.Contains(e.Source) && returned.Contains(e.Target))
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        truncated |= edges.Count > EdgesPerNode * query.Limit;
        return new GraphNetwork(keep, [.. edges.Take(EdgesPerNode * query.Limit)]) { Truncated = truncated };
    }

    /// <inheritdoc />
    public async Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        if (maxHops is < 1 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHops), $"A path may have 1 to 6 hops, got {maxHops}.");
        }

        if (fromId == toId)
        {
            // shortestPath refuses equal ends; a node reaches itself in zero hops.
            var node = await GetNodesAsync([fromId], cancellationToken).ConfigureAwait(false);
            return node.Count == 0 ? null : new GraphPath(node, []);
        }

        var rows = (await RunAsync("graph", "shortest-path", new() { ["from"] = fromId, ["to"] = toId, ["maxHops"] = maxHops }, cancellationToken).ConfigureAwait(false)).Rows;
        if (rows.Count == 0)
        {
            return null;
        }

        var ids = rows[0].Strings("nodeIds");
        var nodes = (await GetNodesAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = rows[0].Array("edges").OfType<JsonObject>().Select(o => GraphShapes.Edge(k => o[k])).ToList();
        return new GraphPath([.. ids.Select(id => nodes[id])], edges);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphNode> StreamNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in (string[])["stream-entities", "stream-claims", "stream-articles"])
        {
            var after = "";
            while (true)
            {
                var rows = (await RunAsync("graph", name, new() { ["after"] = after, ["batch"] = StreamBatch }, cancellationToken).ConfigureAwait(false)).Rows;
                foreach (var row in rows)
                {
                    yield return GraphShapes.Node(row);
                }

                if (rows.Count < StreamBatch)
                {
                    break;
                }

                after = rows[^1].String("id")!;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<GraphEdge> StreamEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var name in (string[])["stream-entity-edges", "stream-claim-edges", "stream-article-edges"])
        {
            var after = "";
            while (true)
            {
                var rows = (await RunAsync("graph", name, new() { ["after"] = after, ["batch"] = StreamBatch }, cancellationToken).ConfigureAwait(false)).Rows;
                var startNodes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var row in rows)
                {
                    startNodes.Add(row.String("nodeId")!);
                    if (row["type"] is not null)
                    {
                        yield return GraphShapes.Edge(k => row[k]);
                    }
                }

                if (startNodes.Count < StreamBatch)
                {
                    break;
                }

                after = startNodes.Max(StringComparer.Ordinal)!;
            }
        }
    }
}
