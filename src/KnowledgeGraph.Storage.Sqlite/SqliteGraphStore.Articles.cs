using static KnowledgeGraph.Storage.Sqlite.SqliteRows;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    public Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new SqlArgs();
        var where = SqliteFilters.Statement(filter, args);
        return PageAsync(
            $"SELECT {StatementColumns} FROM statement s WHERE {where} ORDER BY s.date IS NULL, s.date, s.article_id, s.start, s.id",
            MaintainedStatementCount(filter, args) ?? $"SELECT count(*) FROM statement s WHERE {where}",
            args, page, Statement, cancellationToken);
    }

    /// <summary>
    /// The total of a speaker's or a claim's statements (of one stance or both) from the maintained counts, or of the
    /// whole graph; null when the filter asks for more than that and the statements must be counted.
    /// </summary>
    private static string? MaintainedStatementCount(StatementFilter filter, SqlArgs args)
    {
        if (filter.ArticleIds is not null || !string.IsNullOrWhiteSpace(filter.From) || !string.IsNullOrWhiteSpace(filter.To)
            || (filter.SpeakerIds is not null && filter.ClaimIds is not null))
        {
            return null;
        }

        var count = filter.Stance is { } stance ? $"{StanceText(stance)}_count" : "said_count + denied_count";
        return (filter.SpeakerIds, filter.ClaimIds) switch
        {
            (null, null) => filter.Stance is { } only ? $"SELECT {StanceText(only)} FROM totals" : "SELECT statements FROM totals",
            ([var speaker], null) => $"SELECT coalesce((SELECT {count} FROM entity WHERE id = {args.Add(speaker)}), 0)",
            (null, [var claim]) => $"SELECT coalesce((SELECT {count} FROM claim WHERE id = {args.Add(claim)}), 0)",
            _ => null,
        };
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var args = new SqlArgs();
        return await ListAsync($"SELECT {ArticleColumns} FROM article a WHERE a.id IN {args.AddList(ids)}", args, Article, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var args = new SqlArgs();
        var where = SqliteFilters.Article(filter, args);
        return PageAsync(
            $"SELECT {ArticleColumns} FROM article a WHERE {where} ORDER BY a.published_at IS NULL, a.published_at DESC, a.title_key, a.id",
            SqliteFilters.IsEmpty(filter) ? "SELECT articles FROM totals" : $"SELECT count(*) FROM article a WHERE {where}",
            args, page, Article, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default)
    {
        var args = new SqlArgs();
        var sql = byEntity
            ? $"SELECT article_id, entity_id FROM mention WHERE entity_id IN {args.AddList(ids)} ORDER BY 2, 1"
            : $"SELECT article_id, entity_id FROM mention WHERE article_id IN {args.AddList(ids)} ORDER BY 1, 2";
        return await ListAsync(sql, args, r => new ArticleMention(r.GetString(0), r.GetString(1)), cancellationToken).ConfigureAwait(false);
    }
}
