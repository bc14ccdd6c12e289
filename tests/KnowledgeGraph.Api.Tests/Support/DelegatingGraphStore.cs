using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Forwards every port call to a real store; fakes override the one call they change.</summary>
public abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    public virtual string Description => inner.Description;
    public virtual Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public virtual Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default) => inner.UpsertAsync(documents, cancellationToken);
    public virtual IDisposable? BeginReadScope() => inner.BeginReadScope();
    public virtual Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => inner.GetCountsAsync(cancellationToken);
    public virtual Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default) => inner.GetBreakdownAsync(filter, cancellationToken);
    public virtual Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetEntitiesAsync(ids, cancellationToken);
    public virtual Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default) => inner.FindEntityAsync(idOrName, cancellationToken);
    public virtual Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryEntitiesAsync(filter, order, page, cancellationToken);
    public virtual Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => inner.GetMembershipsAsync(entityIds, cancellationToken);
    public virtual Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetClaimsAsync(ids, cancellationToken);
    public virtual Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryClaimsAsync(filter, order, page, cancellationToken);
    public virtual Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) => inner.GetReportersAsync(claimIds, cancellationToken);
    public virtual Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) => inner.GetAboutAsync(claimIds, cancellationToken);
    public virtual Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => inner.GetClaimsAboutAsync(entityIds, cancellationToken);
    public virtual Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryStatementsAsync(filter, page, cancellationToken);
    public virtual Task<IReadOnlyList<StatementRecord>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetStatementsAsync(ids, cancellationToken);
    public virtual Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLinkPagesAsync(LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) => inner.GetLinkPagesAsync(link, ids, page, cancellationToken);
    public virtual Task<IReadOnlyDictionary<string, int>> CountLinksAsync(LinkKind link, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.CountLinksAsync(link, ids, cancellationToken);
    public virtual Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetArticlesAsync(ids, cancellationToken);
    public virtual Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) => inner.QueryArticlesAsync(filter, page, cancellationToken);
    public virtual Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default) => inner.GetMentionsAsync(ids, byEntity, cancellationToken);
    public virtual Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetNodesAsync(ids, cancellationToken);
    public virtual Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default) => inner.GetNetworkAsync(query, cancellationToken);
    public virtual Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) => inner.FindPathAsync(fromId, toId, maxHops, cancellationToken);
    public virtual Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) => inner.SearchAsync(text, limit, cancellationToken);
    public virtual IAsyncEnumerable<GraphNode> StreamNodesAsync(CancellationToken cancellationToken = default) => inner.StreamNodesAsync(cancellationToken);
    public virtual IAsyncEnumerable<GraphEdge> StreamEdgesAsync(CancellationToken cancellationToken = default) => inner.StreamEdgesAsync(cancellationToken);
    public virtual ValueTask DisposeAsync() => inner.DisposeAsync();
}
