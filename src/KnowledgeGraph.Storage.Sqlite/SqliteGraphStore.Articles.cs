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
            $"SELECT count(*) FROM statement s WHERE {where}",
            args, page, Statement, cancellationToken);
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
            $"SELECT {ArticleColumns} FROM article a WHERE {where} ORDER BY a.published_at IS NULL, a.published_at DESC, kg_fold(a.title), a.id",
            $"SELECT count(*) FROM article a WHERE {where}",
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
