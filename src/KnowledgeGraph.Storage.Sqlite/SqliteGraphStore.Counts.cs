using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>One row of maintained totals: a constant-time read at any size.</remarks>
    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await ListAsync(
            "SELECT articles, entities, claims, statements, people, institutions, places FROM totals",
            new SqlArgs(),
            r => new GraphCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6)),
            cancellationToken).ConfigureAwait(false);
        return rows[0];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Without a filter (or with a stance only) the buckets come from the maintained counts: totals, entity counts and the
    /// per-day and per-publisher tables. Other filters group the matching statements, which their indexes narrow down.
    /// </remarks>
    public async Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var maintained = filter.SpeakerIds is null && filter.ClaimIds is null && filter.ArticleIds is null
            && string.IsNullOrWhiteSpace(filter.From) && string.IsNullOrWhiteSpace(filter.To);
        var args = new SqlArgs();
        var where = SqliteFilters.Statement(filter, args);
        var lease = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var connection = lease.Connection;
            var transaction = BeginRead(lease);
            try
            {
                Task<List<CountBucket>> BucketsAsync(string sql) =>
                    ListAsync(connection, transaction, sql, args, r => new CountBucket(r.GetString(0), NullableString(r, 1), r.GetInt32(2)), cancellationToken);

                if (maintained)
                {
                    // The count column of each maintained table: said + denied, or one stance.
                    var count = filter.Stance switch
                    {
                        null => "said + denied",
                        { } stance => StanceText(stance),
                    };
                    var entityCount = filter.Stance switch
                    {
                        null => "e.said_count + e.denied_count",
                        { } stance => $"e.{StanceText(stance)}_count",
                    };
                    var stanceSql = filter.Stance is { } only
                        ? $"SELECT '{StanceText(only)}', NULL, {StanceText(only)} FROM totals WHERE {StanceText(only)} > 0"
                        : "SELECT stance, NULL, n FROM (SELECT 'said' AS stance, said AS n FROM totals UNION ALL SELECT 'denied', denied FROM totals) WHERE n > 0 ORDER BY 3 DESC, 1";
                    return new StatementBreakdown(
                        await BucketsAsync(stanceSql).ConfigureAwait(false),
                        await BucketsAsync($"SELECT e.id, e.name, {entityCount} FROM entity e WHERE {entityCount} > 0 ORDER BY 3 DESC, 1").ConfigureAwait(false),
                        await BucketsAsync($"SELECT publisher, NULL, {count} FROM publisher_count WHERE {count} > 0 ORDER BY 3 DESC, 1").ConfigureAwait(false),
                        await BucketsAsync($"SELECT date, NULL, {count} FROM day_count WHERE {count} > 0 ORDER BY 1").ConfigureAwait(false));
                }

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
            finally
            {
                await EndReadAsync(transaction).ConfigureAwait(false);
            }
        }
    }
}
