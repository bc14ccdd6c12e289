namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Relationships of each kind and direction read per node when looking for a path.</summary>
    internal const int PathFanOut = 64;

    /// <summary>A path search gives up (and finds no path) once it has reached this many nodes from either end.</summary>
    internal const int PathVisitLimit = 20_000;

    /// <inheritdoc/>
    /// <remarks>
    /// Breadth-first from both ends at once, always widening the smaller frontier, one SQL statement per level. Each node
    /// contributes at most <see cref="PathFanOut"/> relationships of each kind and direction (SAID/DENIED newest first),
    /// and the search gives up after reaching <see cref="PathVisitLimit"/> nodes: the path is the shortest among the
    /// relationships read, so a connection that only runs through relationships beyond two hubs' caps can be missed.
    /// </remarks>
    public async Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fromId);
        ArgumentNullException.ThrowIfNull(toId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxHops, 6);
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
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

            var forward = new Dictionary<string, (Hop? Via, int Depth)>(StringComparer.Ordinal) { [fromId] = (null, 0) };
            var backward = new Dictionary<string, (Hop? Via, int Depth)>(StringComparer.Ordinal) { [toId] = (null, 0) };
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
                ReadCappedNeighbours(connection, widenForward ? forwardFrontier : backwardFrontier, PathFanOut, hop =>
                {
                    if (mine.ContainsKey(hop.To))
                    {
                        return true;
                    }

                    mine[hop.To] = (hop, depth);
                    next.Add(hop.To);
                    if (other.TryGetValue(hop.To, out var seen) && depth + seen.Depth < best)
                    {
                        (meeting, best) = (hop.To, depth + seen.Depth);
                    }

                    return mine.Count <= PathVisitLimit;
                });

                if (meeting is not null)
                {
                    var hops = Walk(forward, meeting, reverse: true).Concat(Walk(backward, meeting, reverse: false)).ToList();
                    return await BuildPathAsync(connection, fromId, hops, cancellationToken).ConfigureAwait(false);
                }

                if (mine.Count > PathVisitLimit)
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

    /// <summary>The relationships from the root of a search tree to <paramref name="meeting"/> (or back from it).</summary>
    private static List<Hop> Walk(Dictionary<string, (Hop? Via, int Depth)> tree, string meeting, bool reverse)
    {
        List<Hop> hops = [];
        for (var via = tree[meeting].Via; via is { } hop; via = tree[hop.From].Via)
        {
            hops.Add(hop);
        }

        if (reverse)
        {
            hops.Reverse();
        }

        return hops;
    }

    private static async Task<GraphPath> BuildPathAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string fromId, List<Hop> hops, CancellationToken cancellationToken)
    {
        List<string> ids = [fromId];
        foreach (var hop in hops)
        {
            ids.Add(hop.From == ids[^1] ? hop.To : hop.From);
        }

        var nodes = (await LoadNodesAsync(connection, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var edges = (await EdgesOfAsync(connection, hops, cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new GraphPath([.. ids.Select(id => nodes[id])], [.. hops.Select(h => edges[h.EdgeId])]);
    }
}
