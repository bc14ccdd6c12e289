using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(
            """
            SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM entity), (SELECT count(*) FROM claim), (SELECT count(*) FROM statement),
                   (SELECT count(*) FROM entity WHERE kind = 'Person'), (SELECT count(*) FROM entity WHERE kind = 'Institution'),
                   (SELECT count(*) FROM entity WHERE kind = 'Place')
            """,
            new SqlArgs(),
            r => new GraphCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)),
            cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <inheritdoc/>
    public async Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new SqlArgs();
        var where = SqliteFilters.Statement(filter, args);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = connection.BeginTransaction(deferred: true);
            await using (transaction.ConfigureAwait(false))
            {
                Task<List<CountBucket>> BucketsAsync(string sql) =>
                    ListAsync(connection, transaction, sql, args, r => new CountBucket(r.GetString(0), NullableString(r, 1), r.GetInt32(2)), cancellationToken);

                var byStance = await BucketsAsync(
                    $"SELECT s.stance, NULL, count(*) FROM statement s WHERE {where} GROUP BY s.stance ORDER BY 3 DESC, 1").ConfigureAwait(false);
                var bySpeaker = await BucketsAsync(
                    $"SELECT s.speaker_id, e.name, count(*) FROM statement s LEFT JOIN entity e ON e.id = s.speaker_id WHERE {where} GROUP BY s.speaker_id ORDER BY 3 DESC, 1").ConfigureAwait(false);
                var byPublisher = await BucketsAsync(
                    $"SELECT a.publisher, NULL, count(*) FROM statement s JOIN article a ON a.id = s.article_id WHERE {where} AND a.publisher IS NOT NULL GROUP BY a.publisher ORDER BY 3 DESC, 1").ConfigureAwait(false);
                var byDay = await BucketsAsync(
                    $"SELECT s.date, NULL, count(*) FROM statement s WHERE {where} AND s.date IS NOT NULL GROUP BY s.date ORDER BY 1").ConfigureAwait(false);
                return new StatementBreakdown(byStance, bySpeaker, byPublisher, byDay);
            }
        }
    }
}
