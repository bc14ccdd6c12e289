using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>Hand-written decorator that counts calls per port method and forwards to a real store.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public bool Counting { get; set; }

    public int TotalCalls => _calls.Values.Sum();

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls);

    public void Reset() => _calls.Clear();

    public string Description => inner.Description;

    private T Count<T>(T result, [CallerMemberName] string method = "")
    {
        if (Counting)
        {
            _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        }

        return result;
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);
    public Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default) => Count(inner.UpsertAsync(documents, cancellationToken));
    public IDisposable? BeginReadScope() => inner.BeginReadScope();
    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Count(inner.GetCountsAsync(cancellationToken));
    public Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default) => Count(inner.GetBreakdownAsync(filter, cancellationToken));
    public Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetEntitiesAsync(ids, cancellationToken));
    public Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default) => Count(inner.FindEntityAsync(idOrName, cancellationToken));
    public Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryEntitiesAsync(filter, order, page, cancellationToken));
    public Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => Count(inner.GetMembershipsAsync(entityIds, cancellationToken));
    public Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetClaimsAsync(ids, cancellationToken));
    public Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryClaimsAsync(filter, order, page, cancellationToken));
    public Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) => Count(inner.GetReportersAsync(claimIds, cancellationToken));
    public Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default) => Count(inner.GetAboutAsync(claimIds, cancellationToken));
    public Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) => Count(inner.GetClaimsAboutAsync(entityIds, cancellationToken));
    public Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryStatementsAsync(filter, page, cancellationToken));
    public Task<IReadOnlyList<StatementRecord>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetStatementsAsync(ids, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLinkPagesAsync(LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetLinkPagesAsync(link, ids, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<StatementRecord>>> GetStatementPagesAsync(LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetStatementPagesAsync(link, ids, page, cancellationToken));
    public Task<StatementPagesWithClaims> GetStatementPagesWithClaimsAsync(LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.GetStatementPagesWithClaimsAsync(link, ids, page, cancellationToken));
    public Task<IReadOnlyDictionary<string, int>> CountLinksAsync(LinkKind link, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.CountLinksAsync(link, ids, cancellationToken));
    public Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetArticlesAsync(ids, cancellationToken));
    public Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default) => Count(inner.QueryArticlesAsync(filter, page, cancellationToken));
    public Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default) => Count(inner.GetMentionsAsync(ids, byEntity, cancellationToken));
    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(ids, cancellationToken));
    public Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default) => Count(inner.GetNetworkAsync(query, cancellationToken));
    public Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default) => Count(inner.FindPathAsync(fromId, toId, maxHops, cancellationToken));
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) => Count(inner.SearchAsync(text, limit, cancellationToken));
    public IAsyncEnumerable<GraphNode> StreamNodesAsync(CancellationToken cancellationToken = default) => Count(inner.StreamNodesAsync(cancellationToken));
    public IAsyncEnumerable<GraphEdge> StreamEdgesAsync(CancellationToken cancellationToken = default) => Count(inner.StreamEdgesAsync(cancellationToken));
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
