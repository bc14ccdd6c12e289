using System.Collections.Concurrent;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Graph.Loading;

/// <summary>Loaders behind the nested connections: one window of a list per parent, the list's length, and statements by id.</summary>
public sealed partial class GraphLoaders
{
    private readonly ConcurrentDictionary<(LinkKind Kind, int Offset, int Limit), BatchLoader<string, IReadOnlyList<string>>> _linkPages = new();
    private readonly ConcurrentDictionary<LinkKind, BatchLoader<string, int>> _linkCounts = new();
    private readonly ConcurrentDictionary<(LinkKind Kind, int Offset, int Limit, bool WithClaims), BatchLoader<string, IReadOnlyList<StatementRecord>>> _statementPages = new();
    private BatchLoader<string, StatementRecord?>? _statements;

    /// <summary>Statements by id.</summary>
    public BatchLoader<string, StatementRecord?> Statements => _statements ??= Create<StatementRecord>(async (ids, ct) =>
        (await store.GetStatementsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(s => s.Id, s => (StatementRecord?)s));

    /// <summary>
    /// One window of a parent's <paramref name="kind"/> list. Parents asking for the same window at one level of the
    /// query share one store call; a parent without items gets an empty list.
    /// </summary>
    public BatchLoader<string, IReadOnlyList<string>> LinkPage(LinkKind kind, PageRequest page) =>
        _linkPages.GetOrAdd((kind, page.Offset, page.Limit), key => new(
            (ids, ct) => store.GetLinkPagesAsync(key.Kind, ids, new PageRequest(key.Offset, key.Limit), ct), []));

    /// <summary>
    /// One window of a parent's statement list with the statements, read together (<see cref="IGraphStore.GetStatementPagesAsync"/>);
    /// <paramref name="withClaims"/> when the page shows its statements' claims, which are then read with them
    /// (<see cref="IGraphStore.GetStatementPagesWithClaimsAsync"/>) and handed to <see cref="Claims"/>.
    /// </summary>
    public BatchLoader<string, IReadOnlyList<StatementRecord>> StatementPage(LinkKind kind, PageRequest page, bool withClaims = false) =>
        _statementPages.GetOrAdd((kind, page.Offset, page.Limit, withClaims), key => new(
            key.WithClaims
                ? async (ids, ct) =>
                {
                    var read = await store.GetStatementPagesWithClaimsAsync(key.Kind, ids, new PageRequest(key.Offset, key.Limit), ct).ConfigureAwait(false);
                    foreach (var claim in read.Claims.Values)
                    {
                        Claims.Prime(claim.Id, claim);
                    }

                    return read.Pages;
                }
                : (ids, ct) => store.GetStatementPagesAsync(key.Kind, ids, new PageRequest(key.Offset, key.Limit), ct),
            []));

    /// <summary>The length of a parent's <paramref name="kind"/> list (0 when empty), counted only when a query asks.</summary>
    public BatchLoader<string, int> LinkCount(LinkKind kind) =>
        _linkCounts.GetOrAdd(kind, key => new((ids, ct) => store.CountLinksAsync(key, ids, ct), 0));
}
