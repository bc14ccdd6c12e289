namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>Breadth-first from both ends at once, always widening the smaller frontier, one SQL query per level.</remarks>
    public async Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, 6);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // A traversal from a hub can read for seconds: a cancelled request interrupts it mid-statement.
            using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
            var ends = await LoadNodesAsync(connection, [fromId, toId], cancellationToken).ConfigureAwait(false);
            if (ends.Count == 0 || (fromId != toId && ends.Count < 2))
            {
                return null;
            }

            if (fromId == toId)
            {
                return new GraphPath(ends, []);
            }

            var forward = new Dictionary<string, (string? Parent, int Depth)>(StringComparer.Ordinal) { [fromId] = (null, 0) };
            var backward = new Dictionary<string, (string? Parent, int Depth)>(StringComparer.Ordinal) { [toId] = (null, 0) };
            List<string> forwardFrontier = [fromId];
            List<string> backwardFrontier = [toId];
            int forwardDepth = 0, backwardDepth = 0;
            while (forwardDepth + backwardDepth < maxHops && forwardFrontier.Count > 0 && backwardFrontier.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var widenForward = forwardFrontier.Count <= backwardFrontier.Count;
                var (mine, other) = widenForward ? (forward, backward) : (backward, forward);
                var depth = widenForward ? ++forwardDepth : ++backwardDepth;
                string? meeting = null;
                var best = int.MaxValue;
                List<string> next = [];
                ReadNeighbours(connection, widenForward ? forwardFrontier : backwardFrontier, (from, to) =>
                {
                    if (mine.ContainsKey(to))
                    {
                        return true;
                    }

                    mine[to] = (from, depth);
                    next.Add(to);
                    if (other.TryGetValue(to, out var seen) && depth + seen.Depth < best)
                    {
                        (meeting, best) = (to, depth + seen.Depth);
                    }

                    return mine.Count <= MaxVisited;
                });

                if (meeting is not null)
                {
                    return await BuildPathAsync(connection, Walk(forward, meeting, reverse: true).Concat(Walk(backward, meeting, reverse: false).Skip(1)).ToList(), cancellationToken)
                        .ConfigureAwait(false);
                }

                if (mine.Count > MaxVisited)
                {
                    return null;
                }

                if (widenForward)
                {
                    forwardFrontier = next;
                }
                else
                {
                    backwardFrontier = next;
                }
            }

            return null;
        }
    }

    /// <summary>The ids from <paramref name="meeting"/> back to the root of a search tree (or the reverse).</summary>
    private static List<string> Walk(Dictionary<string, (string? Parent, int Depth)> tree, string meeting, bool reverse)
    {
        List<string> ids = [];
        for (string? id = meeting; id is not null; id = tree[id].Parent)
        {
            ids.Add(id);
        }

        if (reverse)
        {
            ids.Reverse();
        }

        return ids;
    }

    private static async Task<GraphPath> BuildPathAsync(Microsoft.Data.Sqlite.SqliteConnection connection, List<string> ids, CancellationToken cancellationToken)
    {
        var nodes = (await LoadNodesAsync(connection, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = await EdgesAmongAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        var steps = new List<GraphEdge>(ids.Count - 1);
        for (var i = 0; i + 1 < ids.Count; i++)
        {
            var (a, b) = (ids[i], ids[i + 1]);
            steps.Add(edges.First(e => (e.Source == a && e.Target == b) || (e.Source == b && e.Target == a)));
        }

        return new GraphPath([.. ids.Select(id => nodes[id])], steps);
    }
}
