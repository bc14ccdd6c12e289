using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>A network holds at most this many edges, times its limit.</summary>
    internal const int EdgesPerNode = 10;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            return await LoadNodesAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Breadth-first, one SQL statement per hop, and bounded whatever the degree of the nodes it meets: at each hop every
    /// frontier node contributes at most k relationships of each kind and direction (SAID/DENIED newest first), where
    /// k = max(<see cref="NetworkWalk.MinFanOut"/>, min(limit, ⌈2 × nodes still allowed / frontier size⌉)); the new nodes are then taken
    /// strongest first (joined by more of the relationships read, then in the order read) until the limit is reached.
    /// Edges are the relationships read on the way whose two ends were both returned (so every returned node has the edge
    /// it was found by), at most <see cref="EdgesPerNode"/> × limit: the lists of the nodes of the last hop are not read,
    /// so a relationship between two of them is not looked for (expanding one of them finds it). A separate test of every
    /// returned node's relationships against the others cost twice the CPU of the walk around a hub at 600k articles.
    /// Truncated is true when the limit or a cap left relationships unread. The traversal crosses nodes of every label;
    /// the label filter only chooses which are returned (and counted), while up to limit nodes of other labels per hop
    /// are crossed.
    /// </remarks>
    public async Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Depth, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Depth, 3, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        var labels = query.Labels is { Count: > 0 } ? query.Labels.ToHashSet(StringComparer.Ordinal) : null;
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
            if ((await LoadNodesAsync(connection, [query.CenterId], cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                return null;
            }

            List<string> kept = [query.CenterId];
            List<Hop> read = [];
            var visited = new HashSet<string>(StringComparer.Ordinal) { query.CenterId };
            List<string> frontier = [query.CenterId];
            var truncated = false;
            for (var depth = 1; depth <= query.Depth && frontier.Count > 0; depth++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var remaining = query.Limit - kept.Count;
                if (remaining <= 0)
                {
                    truncated = true;
                    break;
                }

                var perArm = NetworkWalk.FanOut(query.Limit, remaining, frontier.Count);
                var strength = new Dictionary<string, (int Links, int Order)>(StringComparer.Ordinal);
                truncated |= ReadCappedNeighbours(connection, frontier, perArm, hop =>
                {
                    read.Add(hop);
                    if (!visited.Contains(hop.To))
                    {
                        var (links, order) = strength.GetValueOrDefault(hop.To, (0, strength.Count));
                        strength[hop.To] = (links + 1, order);
                    }

                    return true;
                });

                var (next, cut) = NetworkWalk.Keep(NetworkWalk.StrongestFirst(strength),
                    id => labels is null || SqliteGraphSql.LabelOf(id) is not { } label || labels.Contains(label), kept, visited, query.Limit);
                truncated |= cut;
                frontier = next;
            }

            var order = kept.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var nodes = (await LoadNodesAsync(connection, kept, cancellationToken).ConfigureAwait(false))
                .OrderBy(n => order[n.Id])
                .ToList();
            var returned = kept.ToHashSet(StringComparer.Ordinal);
            var among = read.Where(h => returned.Contains(h.From) && returned.Contains(h.To))
                .DistinctBy(h => h.EdgeId, StringComparer.Ordinal)
                .ToList();
            truncated |= among.Count > EdgesPerNode * query.Limit;
            var edges = query.EdgeProperties
                ? await EdgesOfAsync(connection, among.Take(EdgesPerNode * query.Limit), cancellationToken).ConfigureAwait(false)
                : BareEdges(among.Take(EdgesPerNode * query.Limit));
            return new GraphNetwork(nodes, edges) { Truncated = truncated };
        }
    }

    /// <summary>The nodes of <paramref name="ids"/>, each looked up only in the table its prefix names (all three for an unknown prefix).</summary>
    private static async Task<List<GraphNode>> LoadNodesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var byTable = ids.ToLookup(id => SqliteGraphSql.LabelOf(id) switch
        {
            GraphLabels.Claim => "claim",
            GraphLabels.Article => "article",
            null => "any",
            _ => "entity",
        });
        List<string> Of(string table) => [.. byTable[table], .. byTable["any"]];
        List<GraphNode> nodes = [];
        foreach (var (table, sql, map) in new (string, string, Func<SqliteDataReader, GraphNode>)[]
        {
            ("entity", $"{SqliteGraphSql.EntityNodes} WHERE e.id IN ", SqliteGraphSql.EntityNode),
            ("claim", $"{SqliteGraphSql.ClaimNodes} WHERE c.id IN ", SqliteGraphSql.ClaimNode),
            ("article", $"{SqliteGraphSql.ArticleNodes} WHERE a.id IN ", SqliteGraphSql.ArticleNode),
        })
        {
            if (Of(table) is { Count: > 0 } wanted)
            {
                var args = new SqlArgs();
                nodes.AddRange(await ListAsync(connection, null, sql + args.AddList(wanted), args, map, cancellationToken).ConfigureAwait(false));
            }
        }

        return nodes;
    }
}
