using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>
/// The batch loaders of one request. Each loader turns all keys of one query level into a fixed number of
/// store calls, so the number of store calls grows with the depth of a query, not with its breadth.
/// </summary>
public sealed partial class GraphLoaders(IGraphStore store)
{
    /// <summary>Most statements a single-article or filtered read takes in one call (an ingested article's statements, a timeline filtered in memory).</summary>
    public const int NestedStatementLimit = 10_000;

    private BatchLoader<string, EntityRecord?>? _entities;
    private BatchLoader<string, ClaimRecord?>? _claims;
    private BatchLoader<string, ArticleRecord?>? _articles;

    /// <summary>The store behind the loaders.</summary>
    public IGraphStore Store => store;

    /// <summary>Entities by id.</summary>
    public BatchLoader<string, EntityRecord?> Entities => _entities ??= Create<EntityRecord>(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(e => e.Id, e => (EntityRecord?)e));

    /// <summary>Claims by id.</summary>
    public BatchLoader<string, ClaimRecord?> Claims => _claims ??= Create<ClaimRecord>(async (ids, ct) =>
        (await store.GetClaimsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(c => c.Id, c => (ClaimRecord?)c));

    /// <summary>Articles by id.</summary>
    public BatchLoader<string, ArticleRecord?> Articles => _articles ??= Create<ArticleRecord>(async (ids, ct) =>
        (await store.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id, a => (ArticleRecord?)a));

    private static BatchLoader<string, T?> Create<T>(Func<IReadOnlyList<string>, CancellationToken, Task<Dictionary<string, T?>>> fetch)
        where T : class =>
        new(async (ids, ct) => await fetch(ids, ct).ConfigureAwait(false), null);
}
