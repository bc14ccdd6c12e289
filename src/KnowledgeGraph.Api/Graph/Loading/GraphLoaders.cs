using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>
/// The batch loaders of one request. Each loader turns all keys of one query level into a fixed number of
/// store calls, so the number of store calls grows with the depth of a query, not with its breadth.
/// </summary>
public sealed partial class GraphLoaders(IGraphStore store)
{
    /// <summary>Most statements fetched per batch of parents; nested lists beyond it are cut.</summary>
    public const int NestedStatementLimit = 10_000;

    private BatchLoader<string, EntityRecord?>? _entities;
    private BatchLoader<string, ClaimRecord?>? _claims;
    private BatchLoader<string, ArticleRecord?>? _articles;
    private BatchLoader<string, IReadOnlyList<StatementRecord>>? _statementsBySpeaker;
    private BatchLoader<string, IReadOnlyList<StatementRecord>>? _statementsByClaim;
    private BatchLoader<string, IReadOnlyList<StatementRecord>>? _statementsByArticle;

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

    /// <summary>Statements by speaker id.</summary>
    public BatchLoader<string, IReadOnlyList<StatementRecord>> StatementsBySpeaker => _statementsBySpeaker ??=
        StatementLoader(ids => new StatementFilter { SpeakerIds = ids }, s => s.SpeakerId);

    /// <summary>Statements by claim id.</summary>
    public BatchLoader<string, IReadOnlyList<StatementRecord>> StatementsByClaim => _statementsByClaim ??=
        StatementLoader(ids => new StatementFilter { ClaimIds = ids }, s => s.ClaimId);

    /// <summary>Statements by article id.</summary>
    public BatchLoader<string, IReadOnlyList<StatementRecord>> StatementsByArticle => _statementsByArticle ??=
        StatementLoader(ids => new StatementFilter { ArticleIds = ids }, s => s.ArticleId);

    /// <summary>Distinct speakers of a claim with the given stance, in statement order.</summary>
    public static IReadOnlyList<string> SpeakersOf(IReadOnlyList<StatementRecord> statements, Stance stance) =>
        [.. statements.Where(s => s.Stance == stance).Select(s => s.SpeakerId).Distinct()];

    private static BatchLoader<string, T?> Create<T>(Func<IReadOnlyList<string>, CancellationToken, Task<Dictionary<string, T?>>> fetch)
        where T : class =>
        new(async (ids, ct) => await fetch(ids, ct).ConfigureAwait(false), null);

    private BatchLoader<string, IReadOnlyList<StatementRecord>> StatementLoader(
        Func<IReadOnlyList<string>, StatementFilter> filter, Func<StatementRecord, string> keyOf) =>
        new(async (ids, ct) =>
        {
            var page = await store.QueryStatementsAsync(filter(ids), new PageRequest(0, NestedStatementLimit), ct).ConfigureAwait(false);
            return Group(page.Items, keyOf);
        }, []);

    private static Dictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> keyOf) =>
        items.GroupBy(keyOf).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g]);
}
