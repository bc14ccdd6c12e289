using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>One relationship read while walking the graph, seen from <see cref="From"/>.</summary>
/// <param name="From">The node whose relationships were read.</param>
/// <param name="To">The node at the other end.</param>
/// <param name="Type">SAID, DENIED, REPORTED_BY, ABOUT, MENTIONS, PUBLISHED_BY, MEMBER_OF or LEADS.</param>
/// <param name="StatementId">The statement of a SAID/DENIED edge, else null.</param>
/// <param name="FromIsSource">True when <see cref="From"/> is the relationship's start node.</param>
internal readonly record struct Hop(string From, string To, string Type, string? StatementId, bool FromIsSource)
{
    public string Source => FromIsSource ? From : To;

    public string Target => FromIsSource ? To : From;

    /// <summary>The edge id the API hands out: the statement id, or TYPE:source->target.</summary>
    public string EdgeId => StatementId ?? $"{Type}:{Source}->{Target}";
}

public sealed partial class SqliteGraphStore
{
    /// <summary>
    /// Reads, for every node of <paramref name="frontier"/>, at most <paramref name="perArm"/> relationships of each kind
    /// and direction (<see cref="SqliteGraphSql.CappedNeighbours"/>), passing them to <paramref name="visit"/> until it
    /// returns false: node by node, each node's SAID/DENIED newest first (undated first, as the page indexes read), the
    /// others in id order. Returns true when some node had more relationships of a kind than the cap let through.
    /// </summary>
    private static bool ReadCappedNeighbours(SqliteConnection connection, IReadOnlyCollection<string> frontier, int perArm, Func<Hop, bool> visit)
    {
        var command = PreparedCommands.Get(connection, null, SqliteGraphSql.CappedNeighbours("$frontier", "$perArm"), out var owned);
        using var disposeOwned = owned ? command : null;
        command.Parameters.AddWithValue("$frontier", JsonSerializer.Serialize(frontier));
        // One row more than the cap tells that the cap cut the list; that row is not passed on.
        command.Parameters.AddWithValue("$perArm", perArm + 1);
        // A statement arm's rows come in row order (its IN list is a set), not newest first: the row past the cap is found
        // by sorting each node's list, else the newest statement could be the one left out. Lists hold perArm + 1 rows at most.
        var lists = new Dictionary<(string From, long Arm), List<(Hop Hop, string? Date)>>();
        var read = new List<(long Arm, List<(Hop Hop, string? Date)> Items)>();
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var from = reader.GetString(0);
                var arm = reader.GetInt64(5);
                if (!lists.TryGetValue((from, arm), out var items))
                {
                    items = [];
                    lists[(from, arm)] = items;
                    read.Add((arm, items));
                }

                var hop = new Hop(from, reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4) == 1);
                items.Add((hop, reader.IsDBNull(6) ? null : reader.GetString(6)));
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteInterrupt.Interrupted)
        {
            // Only SqliteInterrupt interrupts a connection: the traversal's request was cancelled.
            throw new OperationCanceledException("The traversal was stopped: its request was cancelled.", ex);
        }

        var capped = false;
        foreach (var (arm, items) in read)
        {
            if (arm <= SqliteGraphSql.LastStatementArm)
            {
                items.Sort(NewestFirst);
            }

            capped |= items.Count > perArm;
            foreach (var (hop, _) in items.Take(perArm))
            {
                if (!visit(hop))
                {
                    return capped;
                }
            }
        }

        return capped;
    }

    /// <summary>Statements newest first as the page indexes order them: undated first, then by date and id, both descending.</summary>
    private static int NewestFirst((Hop Hop, string? Date) a, (Hop Hop, string? Date) b) =>
        (a.Date, b.Date) switch
        {
            (null, not null) => -1,
            (not null, null) => 1,
            _ => string.CompareOrdinal(b.Date, a.Date) is var byDate and not 0 ? byDate : string.CompareOrdinal(b.Hop.StatementId, a.Hop.StatementId),
        };

    /// <summary>The edges of <paramref name="hops"/> (distinct by id) without properties, ordered by type then id: no read at all.</summary>
    private static List<GraphEdge> BareEdges(IEnumerable<Hop> hops)
    {
        var none = new Dictionary<string, string?>();
        return [.. hops.DistinctBy(h => h.EdgeId, StringComparer.Ordinal)
            .Select(h => new GraphEdge(h.EdgeId, h.Type, h.Source, h.Target, none))
            .OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The edges of <paramref name="hops"/> (distinct by id) with their properties, ordered by type then id.</summary>
    private static async Task<List<GraphEdge>> EdgesOfAsync(SqliteConnection connection, IEnumerable<Hop> hops, CancellationToken cancellationToken)
    {
        var distinct = hops.DistinctBy(h => h.EdgeId, StringComparer.Ordinal).ToList();
        var edges = new List<GraphEdge>(distinct.Count);
        var statements = distinct.Where(h => h.StatementId is not null).Select(h => h.StatementId!).ToList();
        if (statements.Count > 0)
        {
            var args = new SqlArgs();
            edges.AddRange(await ListAsync(connection, null, SqliteGraphSql.StatementEdges(args.AddList(statements)), args, SqliteGraphSql.Edge, cancellationToken)
                .ConfigureAwait(false));
        }

        var members = distinct.Where(h => h.Type is GraphLabels.MemberOf or GraphLabels.Leads).ToList();
        var roles = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (members.Count > 0)
        {
            var args = new SqlArgs();
            var people = args.AddList(members.Select(h => h.Source).Distinct(StringComparer.Ordinal));
            foreach (var (id, role) in await ListAsync(connection, null,
                $"SELECT relation || ':' || person_id || '->' || institution_id, role FROM membership WHERE person_id IN {people}", args,
                r => (r.GetString(0), SqliteRows.NullableString(r, 1)), cancellationToken).ConfigureAwait(false))
            {
                roles[id] = role;
            }
        }

        foreach (var hop in distinct.Where(h => h.StatementId is null))
        {
            var properties = new Dictionary<string, string?>();
            if (hop.Type is GraphLabels.MemberOf or GraphLabels.Leads)
            {
                properties["role"] = roles.GetValueOrDefault(hop.EdgeId);
            }

            edges.Add(new GraphEdge(hop.EdgeId, hop.Type, hop.Source, hop.Target, properties));
        }

        return [.. edges.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }
}
