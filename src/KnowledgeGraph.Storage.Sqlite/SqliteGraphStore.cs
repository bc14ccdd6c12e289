using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file (work in progress).</summary>
/// <param name="path">The database file.</param>
public sealed class SqliteGraphStore(string path) : IGraphStore
{
    /// <summary>The schema version this code writes.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc/>
    public string Description => $"SQLite file {path}";

    /// <inheritdoc/>
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphNode> StreamNodesAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphEdge> StreamEdgesAsync(CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not written yet.");

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
