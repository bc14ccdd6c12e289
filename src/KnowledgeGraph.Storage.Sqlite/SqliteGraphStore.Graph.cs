using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>A traversal stops (and reports truncation or no path) after visiting this many nodes.</summary>
    private const int MaxVisited = 2_000_000;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await LoadNodesAsync(connection, ids, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    /// <remarks>The traversal crosses nodes of every label; the label filter only chooses which nodes are returned.</remarks>
    public async Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Depth, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Depth, 3, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1, nameof(query));
        var labels = query.Labels is { Count: > 0 } ? query.Labels.ToHashSet(StringComparer.Ordinal) : null;
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // A traversal from a hub can read for seconds: a cancelled request interrupts it mid-statement.
            using var interrupt = SqliteInterrupt.On(connection, cancellationToken);
            if ((await LoadNodesAsync(connection, [query.CenterId], cancellationToken).ConfigureAwait(false)).Count == 0)
            {
                return null;
            }

            List<string> kept = [query.CenterId];
            var visited = new HashSet<string>(StringComparer.Ordinal) { query.CenterId };
            List<string> frontier = [query.CenterId];
            var truncated = false;
            for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
            {
                List<string> next = [];
                ReadNeighbours(connection, frontier, (_, to) =>
                {
                    if (!visited.Add(to))
                    {
                        return true;
                    }

                    next.Add(to);
                    if (labels is null || SqliteGraphSql.LabelOf(to) is not { } label || labels.Contains(label))
                    {
                        kept.Add(to);
                    }

                    truncated = kept.Count > query.Limit || visited.Count > MaxVisited;
                    return !truncated;
                });
                frontier = next;
            }

            if (kept.Count > query.Limit)
            {
                kept.RemoveRange(query.Limit, kept.Count - query.Limit);
            }

            var order = kept.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            var nodes = (await LoadNodesAsync(connection, kept, cancellationToken).ConfigureAwait(false))
                .Where(n => n.Id == query.CenterId || labels is null || labels.Contains(n.Label))
                .OrderBy(n => order[n.Id])
                .ToList();
            var edges = await EdgesAmongAsync(connection, nodes.Select(n => n.Id), cancellationToken).ConfigureAwait(false);
            return new GraphNetwork(nodes, edges) { Truncated = truncated };
        }
    }

    private static async Task<List<GraphNode>> LoadNodesAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var args = new SqlArgs();
        var set = args.AddList(ids);
        var nodes = await ListAsync(connection, null, $"{SqliteGraphSql.EntityNodes} WHERE e.id IN {set}", args, SqliteGraphSql.EntityNode, cancellationToken).ConfigureAwait(false);
        nodes.AddRange(await ListAsync(connection, null, $"{SqliteGraphSql.ClaimNodes} WHERE c.id IN {set}", args, SqliteGraphSql.ClaimNode, cancellationToken).ConfigureAwait(false));
        nodes.AddRange(await ListAsync(connection, null, $"{SqliteGraphSql.ArticleNodes} WHERE a.id IN {set}", args, SqliteGraphSql.ArticleNode, cancellationToken).ConfigureAwait(false));
        return nodes;
    }

    private static async Task<List<GraphEdge>> EdgesAmongAsync(SqliteConnection connection, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var args = new SqlArgs();
        var set = args.AddList(ids);
        return await ListAsync(connection, null, SqliteGraphSql.Edges(set) + " ORDER BY 2, 1", args, SqliteGraphSql.Edge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Streams (from, to) neighbour pairs of the frontier to <paramref name="visit"/> until it returns false.</summary>
    private static void ReadNeighbours(SqliteConnection connection, IReadOnlyCollection<string> frontier, Func<string, string, bool> visit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteGraphSql.Neighbours("$frontier");
        command.Parameters.AddWithValue("$frontier", JsonSerializer.Serialize(frontier));
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!visit(reader.GetString(0), reader.GetString(1)))
                {
                    return;
                }
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteInterrupt.Interrupted)
        {
            // Only SqliteInterrupt interrupts a connection: the traversal's request was cancelled.
            throw new OperationCanceledException("The traversal was stopped: its request was cancelled.", ex);
        }
    }
}
