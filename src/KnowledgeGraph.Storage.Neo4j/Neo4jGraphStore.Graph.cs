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

    /// <inheritdoc />
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

        // Breadth-first, one Cypher round trip per hop (depth is at most 3): nodes are kept in discovery order so
        // that the limit cuts the farthest ones first.
        var order = new List<string> { center.Id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { center.Id };
        var frontier = new List<string> { center.Id };
        for (var hop = 0; hop < query.Depth && frontier.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var edge in await NeighbourEdgesAsync(frontier, cancellationToken).ConfigureAwait(false))
            {
                foreach (var end in (string[])[edge.Source, edge.Target])
                {
                    if (seen.Add(end))
                    {
                        order.Add(end);
                        next.Add(end);
                    }
                }
            }

            frontier = next;
        }

        var nodes = (await GetNodesAsync(order, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var keep = order.Where(nodes.ContainsKey).Select(id => nodes[id])
            .Where(n => n.Id == center.Id || query.Labels is not { Count: > 0 } || query.Labels.Contains(n.Label, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var truncated = keep.Count > query.Limit;
        keep = [.. keep.Take(query.Limit)];
        var kept = keep.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        // Every edge among the kept nodes, including those between two nodes of the outermost hop.
        var edges = (await NeighbourEdgesAsync([.. kept], cancellationToken).ConfigureAwait(false))
            .Where(e => kept.Contains(e.Source) && kept.Contains(e.Target))
            .DistinctBy(e => e.Id)
            .ToList();
        return new GraphNetwork(keep, edges) { Truncated = truncated };
    }

    private async Task<IEnumerable<GraphEdge>> NeighbourEdgesAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var rows = (await RunAsync("graph", "neighbours", new() { ["ids"] = ids }, cancellationToken).ConfigureAwait(false)).Rows;
        return rows.Select(row => GraphShapes.Edge(k => row[k]));
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
