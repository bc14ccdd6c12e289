using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphNode> StreamNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One read transaction: the three tables are read from the same snapshot.
            using var transaction = connection.BeginTransaction(deferred: true);
            foreach (var (sql, map) in new (string, Func<SqliteDataReader, GraphNode>)[]
            {
                (SqliteGraphSql.EntityNodes + " ORDER BY e.n", SqliteGraphSql.EntityNode),
                (SqliteGraphSql.ClaimNodes + " ORDER BY c.n", SqliteGraphSql.ClaimNode),
                (SqliteGraphSql.ArticleNodes + " ORDER BY a.id", SqliteGraphSql.ArticleNode),
            })
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return map(reader);
                }
            }
        }
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<GraphEdge> StreamEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = SqliteGraphSql.Edges(null);
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return SqliteGraphSql.Edge(reader);
            }
        }
    }
}
