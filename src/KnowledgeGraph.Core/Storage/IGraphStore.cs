using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one port every store implements (SQLite, Neo4j): idempotent batched writes and the reads that the
/// GraphQL API, the exports and the CLI need. Batch lookups take many ids at once so that callers can avoid N+1.
/// Implementations are thread-safe for concurrent reads and safe to dispose twice.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>A short description for people, e.g. "SQLite file ./knowledge.db" or "Neo4j at http://…".</summary>
    string Description { get; }

    /// <summary>Creates the schema if missing; refuses a store that is not ours or has a newer schema version.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Upserts documents in one transaction: all or nothing. Entities merge by id (aliases unioned, first role kept),
    /// claims by id, statements by (speaker, stance, claim, article, start). An article is one document: a document
    /// whose article is stored replaces what that article held (its statements, mentions and REPORTED_BY links; its
    /// properties are overwritten where the new version states them), unless its <see cref="DocumentFingerprint"/>
    /// equals the stored one, when it changes nothing; the last document of an article in a batch wins. Claims left
    /// without statements are removed with their links; entities stay. Maintained counts (claim said/denied counts,
    /// corroboration, first/last reported, entity counts, totals) are exact after every batch.
    /// </summary>
    Task<UpsertResult> UpsertAsync(IReadOnlyList<ExtractedDocument> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets the reads that follow in this async flow, until the returned scope is disposed, share one read transaction:
    /// they all see one snapshot of the store, and the store begins and ends one transaction instead of one per read. For
    /// flows that only read (a GraphQL query, not a mutation). Null when the store has no such scope; its reads then stand
    /// alone, each consistent by itself, as they do outside a scope.
    /// </summary>
    IDisposable? BeginReadScope() => null;

    /// <summary>Node and edge counts.</summary>
    Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Statement counts by stance, speaker, publisher and day, for statements matching <paramref name="filter"/>.</summary>
    Task<StatementBreakdown> GetBreakdownAsync(StatementFilter filter, CancellationToken cancellationToken = default);

    // ---- entities ----

    /// <summary>Entities by id, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<EntityRecord>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resolves a name: exact id, then exact name or alias (case- and accent-insensitive), then the best
    /// containing match. Null when nothing fits.
    /// </summary>
    Task<EntityRecord?> FindEntityAsync(string idOrName, CancellationToken cancellationToken = default);

    /// <summary>Entities matching the filter, ordered and windowed.</summary>
    Task<Page<EntityRecord>> QueryEntitiesAsync(EntityFilter filter, EntityOrder order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Memberships (MEMBER_OF/LEADS) where any of the ids is the person or the institution.</summary>
    Task<IReadOnlyList<MembershipRecord>> GetMembershipsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    // ---- claims ----

    /// <summary>Claims by id; unknown ids are left out.</summary>
    Task<IReadOnlyList<ClaimRecord>> GetClaimsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Claims matching the filter, ordered and windowed.</summary>
    Task<Page<ClaimRecord>> QueryClaimsAsync(ClaimFilter filter, ClaimOrder order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>REPORTED_BY links (articles and intermediaries) of the given claims.</summary>
    Task<IReadOnlyList<ClaimLink>> GetReportersAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default);

    /// <summary>ABOUT links of the given claims.</summary>
    Task<IReadOnlyList<ClaimLink>> GetAboutAsync(IReadOnlyCollection<string> claimIds, CancellationToken cancellationToken = default);

    /// <summary>Claims ABOUT any of the given entities, as links (claim id, entity id).</summary>
    Task<IReadOnlyList<ClaimLink>> GetClaimsAboutAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    // ---- statements ----

    /// <summary>Statements matching the filter, ordered by date, then article, then start offset.</summary>
    Task<Page<StatementRecord>> QueryStatementsAsync(StatementFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Statements by id; unknown ids are left out.</summary>
    Task<IReadOnlyList<StatementRecord>> GetStatementsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    // ---- paged links ----

    /// <summary>
    /// For each of <paramref name="ids"/>, one window of the ids its <paramref name="link"/> list holds, in the order
    /// <see cref="LinkKind"/> states. Work is bounded by the window (an index seek per id), not by the list's length.
    /// Ids with an empty window are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLinkPagesAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each of <paramref name="ids"/>, one window of its statement list (<paramref name="link"/> is Said, Denied,
    /// SpeakerStatements, ClaimStatements or ArticleStatements) with the statements themselves: the window of
    /// <see cref="GetLinkPagesAsync"/>, read with its statements. By default those two calls; a store may read both at once.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<StatementRecord>>> GetStatementPagesAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) =>
        StatementPages.ReadAsync(this, link, ids, page, cancellationToken);

    /// <summary>
    /// <see cref="GetStatementPagesAsync"/> together with the claims of the statements returned (for a page that shows each
    /// statement's claim). By default those two calls; a store may read both at once.
    /// </summary>
    Task<StatementPagesWithClaims> GetStatementPagesWithClaimsAsync(
        LinkKind link, IReadOnlyCollection<string> ids, PageRequest page, CancellationToken cancellationToken = default) =>
        StatementPages.ReadWithClaimsAsync(this, link, ids, page, cancellationToken);

    /// <summary>For each of <paramref name="ids"/>, how many items its <paramref name="link"/> list holds; ids with none are left out.</summary>
    Task<IReadOnlyDictionary<string, int>> CountLinksAsync(LinkKind link, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    // ---- articles ----

    /// <summary>Articles by id; unknown ids are left out.</summary>
    Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Articles matching the filter, newest first, then title.</summary>
    Task<Page<ArticleRecord>> QueryArticlesAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>MENTIONS links of the given articles (or, with <paramref name="byEntity"/>, of the given entities).</summary>
    Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(IReadOnlyCollection<string> ids, bool byEntity = false, CancellationToken cancellationToken = default);

    // ---- graph ----

    /// <summary>Nodes of any label by id; unknown ids are left out.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The neighbourhood of a node up to the query's depth, over all relationship types. Null if the centre is unknown.</summary>
    Task<GraphNetwork?> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default);

    /// <summary>A shortest path between two nodes over any relationship, ignoring direction, of at most <paramref name="maxHops"/> edges (1–6). Null when there is none.</summary>
    Task<GraphPath?> FindPathAsync(string fromId, string toId, int maxHops, CancellationToken cancellationToken = default);

    /// <summary>Ranked full-text search over entity names and aliases, claim texts and statement evidence.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Every node, streamed (constant memory), for exports.</summary>
    IAsyncEnumerable<GraphNode> StreamNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship, streamed (constant memory), for exports.</summary>
    IAsyncEnumerable<GraphEdge> StreamEdgesAsync(CancellationToken cancellationToken = default);
}
